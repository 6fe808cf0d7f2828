noticeboardSearchIndex("d/5897f8fd9a",{"first":3,"meta":"g4s"});
