noticeboardSearchIndex("d/91186215aa",{"first":3,"meta":"g4s","fragments":"ecfdd7caa4"});
