noticeboardSearchIndex("p/3196ab02c8",{"first":"","files":"48a0f6943e"});
