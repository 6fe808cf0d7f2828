noticeboardSearchIndex("d/5691dbad9b",{"first":6,"meta":"6"});
