noticeboardSearchIndex("p/ae948a690d",{"first":"|board a|discuss w|inter|of n|rep|the m","files":"04a8e899dde632d5b8a5a6ce94a0ef39b6e349cdc4d371a85851999945e1e35319ced2"});
