noticeboardSearchIndex("d/16db85438cfd7d8c",{"first":6,"meta":"600","fragments":"b2cc2a7d99157cc0"});
