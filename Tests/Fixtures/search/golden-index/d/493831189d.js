noticeboardSearchIndex("d/493831189d",{"first":3,"meta":"g4s"});
