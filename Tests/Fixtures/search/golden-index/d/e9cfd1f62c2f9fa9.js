noticeboardSearchIndex("d/e9cfd1f62c2f9fa9",{"first":0,"meta":"011211121","fragments":"53d08911a7d8dbf3"});
