noticeboardSearchIndex("t/7c78b2e3a9",{"first":"m|rep","files":"b4af09c8aefe40cffcf2"});
