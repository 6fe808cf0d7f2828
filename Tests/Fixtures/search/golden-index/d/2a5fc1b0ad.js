noticeboardSearchIndex("d/2a5fc1b0ad",{"first":0,"meta":"gpi"});
