import NoticeboardCLI

Noticeboard.run()
