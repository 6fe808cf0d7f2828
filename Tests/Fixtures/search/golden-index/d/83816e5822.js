noticeboardSearchIndex("d/83816e5822",{"first":0,"meta":"gpi"});
