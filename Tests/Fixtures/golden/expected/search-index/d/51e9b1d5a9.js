noticeboardSearchIndex("d/51e9b1d5a9",{"first":0,"meta":"pi31005te"});
