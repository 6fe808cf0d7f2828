noticeboardSearchIndex("p/aa21bebc00",{"first":"|board a|discuss w|inter|of n|rep|the m","files":"2c8ca2927d091e0d8fdf4d1e95aa98243a5439f1cdf121c857d389c1680a359753f778"});
