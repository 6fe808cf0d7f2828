noticeboardSearchIndex("d/a821dd6086311c59",{"first":3,"meta":"012410420","fragments":"2811a4e56932ce19"});
