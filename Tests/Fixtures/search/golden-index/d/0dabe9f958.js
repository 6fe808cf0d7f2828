noticeboardSearchIndex("d/0dabe9f958",{"first":6,"meta":"6","fragments":"b2cc2a7d99"});
