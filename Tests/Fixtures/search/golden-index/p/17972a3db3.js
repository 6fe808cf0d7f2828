noticeboardSearchIndex("p/17972a3db3",{"first":"|board a|discuss w|inter|of n|rep|the m","files":"7e448d25c75acbb0d2343b25fe136a9ab027d1bb997cd2d440c8f44fb580b09f1fe28a"});
