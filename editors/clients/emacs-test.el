;;; emacs-test.el --- Drives eglot, set up by editors/emacs/privacy-mode.el, against the language server  -*- lexical-binding: t -*-
;; emacs --batch -l emacs-test.el   (environment: PRIVACY_SERVER_JAR, PRIVACY_CLIENT_DIR, PRIVACY_WORKSPACE,
;; PRIVACY_CLIENT_OUT, PRIVACY_TYPO_LINE, PRIVACY_BASIS_LINE). One line per check in PRIVACY_CLIENT_OUT; exit 0 or 1.
;; Batch Emacs runs no command loop: eglot is started directly and Flymake is asked for its report explicitly.

(setq privacy-server-jar (getenv "PRIVACY_SERVER_JAR"))
(load (expand-file-name "../emacs/privacy-mode.el" (getenv "PRIVACY_CLIENT_DIR")))

(defvar privacy-test-failures 0)
(defvar privacy-test-lines nil)
(defun privacy-test-check (what ok why)
  (unless ok (setq privacy-test-failures (1+ privacy-test-failures)))
  (push (if ok (format "ok %s" what) (format "FAIL %s: %S" what why)) privacy-test-lines))

(defun privacy-test-wait (predicate seconds)
  "Lets the server's messages in until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (funcall predicate)))

(defun privacy-test-goto (line text)
  (goto-char (point-min))
  (forward-line (1- line))
  (search-forward text (line-end-position))
  (backward-char 1))

(defvar privacy-test-server nil)
;; An error in a check must still end Emacs, with the error written down.
(condition-case err
    (progn
(find-file (expand-file-name "draft/broken.privacy" (getenv "PRIVACY_WORKSPACE")))
(privacy-test-check "major mode" (eq major-mode 'privacy-mode) major-mode)
(apply #'eglot (eglot--guess-contact))
(setq privacy-test-server (privacy-test-wait #'eglot-current-server 30))
(privacy-test-check "server started" privacy-test-server "no server after 30 s")

(let* ((caps (eglot--capabilities privacy-test-server))
       (commands (plist-get (plist-get caps :executeCommandProvider) :commands)))
  (privacy-test-check "executeCommandProvider advertised" (seq-contains-p commands "privacy.runScenarios") commands)
  (privacy-test-check "foldingRangeProvider advertised" (plist-get caps :foldingRangeProvider) caps))

(defun privacy-test-diagnostics ()
  (flymake-start)
  (flymake-diagnostics))
(privacy-test-wait #'privacy-test-diagnostics 30)
(let* ((typo-line (string-to-number (getenv "PRIVACY_TYPO_LINE")))
       (at-typo (seq-filter (lambda (d) (= typo-line (line-number-at-pos (flymake-diagnostic-beg d))))
                            (flymake-diagnostics))))
  (privacy-test-check "diagnostic at the typo" (= 1 (length at-typo)) (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
  (privacy-test-check "diagnostic names the word"
                      (and at-typo (string-match-p "optn" (flymake-diagnostic-text (car at-typo))))
                      (mapcar #'flymake-diagnostic-text at-typo)))

(privacy-test-goto (string-to-number (getenv "PRIVACY_BASIS_LINE")) "GDPR")
(let* ((hover (jsonrpc-request privacy-test-server :textDocument/hover (eglot--TextDocumentPositionParams)))
       (contents (plist-get hover :contents))
       (text (if (stringp contents) contents (format "%s" (plist-get contents :value)))))
  (privacy-test-check "hover on a legal basis" (string-match-p "GDPR" text) hover))

(privacy-test-goto (string-to-number (getenv "PRIVACY_TYPO_LINE")) "optn")
(let* ((completion (jsonrpc-request privacy-test-server :textDocument/completion (eglot--CompletionParams)))
       (items (if (vectorp completion) completion (plist-get completion :items))))
  (privacy-test-check "completion" (> (length items) 0) completion))

(privacy-test-check "formatting"
                    (condition-case err (progn (eglot-format-buffer) t) (error (error-message-string err)))
                    "formatting failed")

(let ((result (condition-case err
                  (with-current-buffer (find-file-noselect (expand-file-name "rules/scenarios.privacy"
                                                                              (getenv "PRIVACY_WORKSPACE")))
                    (privacy-run-scenarios))
                (error (list 'error (error-message-string err))))))
  (privacy-test-check "run scenarios command" (and (stringp result) (string-match-p "passed, 0 failed" result)) result)))
  (error (privacy-test-check "no error in the script" nil err)))

(with-temp-file (getenv "PRIVACY_CLIENT_OUT")
  (insert (mapconcat #'identity (reverse privacy-test-lines) "\n") "\n"))
(ignore-errors (eglot-shutdown privacy-test-server))
(kill-emacs (if (= privacy-test-failures 0) 0 1))
