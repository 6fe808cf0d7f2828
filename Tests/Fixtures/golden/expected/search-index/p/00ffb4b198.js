noticeboardSearchIndex("p/00ffb4b198",{"first":"","files":"c549b04d3f"});
