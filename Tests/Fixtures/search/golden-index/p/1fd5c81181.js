noticeboardSearchIndex("p/1fd5c81181",{"first":"inter|of n|rep","files":"9ab027d1bb997cd2d440c8f44fb580"});
