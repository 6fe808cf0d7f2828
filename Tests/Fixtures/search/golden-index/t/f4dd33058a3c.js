noticeboardSearchIndex("t/f4dd33058a3c",{"keys":["winter","x","zoe"],"values":["zxr6_","xRid_1","xGv1w16_"]});
