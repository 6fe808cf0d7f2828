noticeboardSearchIndex("d/30cce5c3f07eaf5d",{"first":6,"meta":"600","fragments":"52fab6c76b584dcf"});
