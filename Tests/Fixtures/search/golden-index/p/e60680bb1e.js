noticeboardSearchIndex("p/e60680bb1e",{"first":"|board a|discuss w","files":"7e448d25c75acbb0d2343b25fe136a"});
