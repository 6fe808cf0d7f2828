noticeboardSearchIndex("d/46d6520182",{"first":0,"meta":"g2p"});
