noticeboardSearchIndex("p/d530907bd7",{"first":[""],"files":["454f2b1019"]});
