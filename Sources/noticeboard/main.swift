import CShims
import NoticeboardCLI

noticeboard_share_memory_pools()
Noticeboard.run()
