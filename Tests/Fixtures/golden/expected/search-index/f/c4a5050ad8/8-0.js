noticeboardSearchIndex("f/c4a5050ad8/8-0",{"url":"about/","title":"About this site","type":"page","body":"","date":"","text":"What Riverside Noticeboard is.\nRiverside is invented. alert(\"x\")"});
