noticeboardSearchIndex("d/6cff6754adbc",{"first":6,"meta":"6","fragments":"b2cc2a7d9915"});
