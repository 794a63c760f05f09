;;; privacy-mode.el --- Privacy rule files in Emacs, with eglot  -*- lexical-binding: t -*-

;; Works with Emacs 29 (eglot built in) and with Emacs 28 and the eglot package (Debian: elpa-eglot).
;; In init.el:
;;   (setq privacy-server-jar "/path/to/privacy-language-server.jar")
;;   (load "/path/to/editors/emacs/privacy-mode.el")

;;; Code:

(require 'eglot)

(defvar privacy-server-jar (expand-file-name "~/tools/privacy-language-server.jar")
  "The language server's jar, as built in org.privacy.dsl.ide/target or shipped in the VS Code extension.")

(defvar privacy-java "java"
  "The java command that starts the language server (a JDK or JRE 17 or newer).")

(defvar privacy-classpath []
  "Folders and jars holding the classes entities are bound to (a vector of strings).
Empty: the server looks in the project's target/classes and target/dependency.")

(define-derived-mode privacy-mode prog-mode "Privacy"
  "Major mode for privacy rule files (.privacy)."
  (setq-local comment-start "// ")
  (setq-local comment-start-skip "//+\\s-*")
  (modify-syntax-entry ?/ ". 12" privacy-mode-syntax-table)
  (modify-syntax-entry ?\n ">" privacy-mode-syntax-table)
  (modify-syntax-entry ?\" "\"" privacy-mode-syntax-table))

(add-to-list 'auto-mode-alist '("\\.privacy\\'" . privacy-mode))

(defun privacy--server-contact (&optional _interactive)
  "How eglot starts the server, read when a file is opened so that the variables above may change."
  (list privacy-java "-jar" (expand-file-name privacy-server-jar)
        :initializationOptions (list :privacy (list :classpath privacy-classpath))))

(add-to-list 'eglot-server-programs '(privacy-mode . privacy--server-contact))
(add-hook 'privacy-mode-hook #'eglot-ensure)

(defun privacy-run-scenarios ()
  "Run the scenarios of the rule files in the current file's folder and show the result."
  (interactive)
  (let ((result (jsonrpc-request (eglot--current-server-or-lose) :workspace/executeCommand
                                 (list :command "privacy.runScenarios"
                                       :arguments (vector (eglot--path-to-uri buffer-file-name)))
                                 ;; the rules are compiled first: seconds on a large folder
                                 :timeout 120)))
    (message "%s" result)
    result))

(provide 'privacy-mode)
;;; privacy-mode.el ends here
