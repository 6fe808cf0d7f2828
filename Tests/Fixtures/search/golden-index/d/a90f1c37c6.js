noticeboardSearchIndex("d/a90f1c37c6",{"first":6,"meta":"6"});
