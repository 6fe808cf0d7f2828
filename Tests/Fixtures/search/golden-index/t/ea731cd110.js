noticeboardSearchIndex("t/ea731cd110",{"first":"|commi","files":"a120855d6f87c9557dfa"});
