noticeboardSearchIndex("d/f4c74ff095",{"first":0,"meta":"pi31005te"});
