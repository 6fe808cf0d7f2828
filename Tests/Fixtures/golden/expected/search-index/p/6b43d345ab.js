noticeboardSearchIndex("p/6b43d345ab",{"first":"","files":"454f2b1019"});
