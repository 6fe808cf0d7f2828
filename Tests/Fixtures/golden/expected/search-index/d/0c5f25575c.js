noticeboardSearchIndex("d/0c5f25575c",{"first":0,"meta":"g0132plte"});
