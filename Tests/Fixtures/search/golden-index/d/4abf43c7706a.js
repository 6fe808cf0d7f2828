noticeboardSearchIndex("d/4abf43c7706a",{"first":0,"meta":"8ah","fragments":"53d08911a7d8"});
