noticeboardSearchIndex("p/2fecff00db",{"first":"the m","files":"b09f1fe28a"});
