noticeboardSearchIndex("d/85b5c1097f",{"first":0,"meta":"g2p","fragments":"53d08911a7"});
