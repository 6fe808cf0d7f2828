noticeboardSearchIndex("d/e647ebb87088",{"first":3,"meta":"8ck","fragments":"ecfdd7caa466"});
