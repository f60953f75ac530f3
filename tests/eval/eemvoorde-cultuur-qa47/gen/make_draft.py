# Prints the draft (QA47): the CMS page gen/ontwerp-cultuurvisie-eemvoorde.html is served on a local
# port under the region's web address (Chromium maps the host name to 127.0.0.1), so that Chromium's
# default header and footer show the date, the page title, a real-looking URL and 'N/M' page numbers,
# as when a civil servant prints the web page. Run: python3 gen/make_draft.py
import http.server, os, shutil, subprocess, tempfile, threading, functools
HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = 'ontwerp-cultuurvisie-eemvoorde.html'
OUT = os.path.join(HERE, '..', 'drafts', '01-ontwerp-cultuurvisie-erfgoedagenda-eemvoorde.pdf')
root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'inspraak'))
shutil.copy(os.path.join(HERE, PAGE), os.path.join(root, 'inspraak', 'ontwerp-cultuurvisie-en-erfgoedagenda'))
class H(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path): return 'text/html; charset=utf-8'
    def log_message(self, *a): pass
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(H, directory=root))
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = srv.server_address[1]
os.makedirs(os.path.dirname(OUT), exist_ok=True)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                f'--host-resolver-rules=MAP www.regio-eemvoorde.nl:80 127.0.0.1:{port}',
                f'--print-to-pdf={OUT}',
                'http://www.regio-eemvoorde.nl/inspraak/ontwerp-cultuurvisie-en-erfgoedagenda'],
               check=True, timeout=120, stderr=subprocess.DEVNULL)
srv.shutdown()
print('wrote', OUT)
