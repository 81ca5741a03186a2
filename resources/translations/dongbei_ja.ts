<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name />
        <message>
            <source>SectionPage</source>
            <comment>Total: {total}% / {target}%</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SectionPage</source>
            <comment>({n} of {m} answered)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SectionPage</source>
            <comment>* required for a final survey</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>YYYY</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>Pick a date from a calendar</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>{n} of at most {max} chosen</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>{n} chosen</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>Move up</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>Move the chosen answer up (Alt+Up)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>Move down</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FormField</source>
            <comment>Move the chosen answer down (Alt+Down)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {0} {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Could not open the database</source>
            <translation>データベースを開けませんでした</translation>
        </message>
        <message>
            <source>The survey database could not be opened:

{error}

The file was left as it is. You can open another database file or create a new one.</source>
            <translation>調査データベースを開けませんでした:

{error}

ファイルは変更されていません。別のデータベースファイルを開くか、新しく作成できます。</translation>
        </message>
        <message>
            <source>Open another file…</source>
            <translation>別のファイルを開く…</translation>
        </message>
        <message>
            <source>Create a new database…</source>
            <translation>新しいデータベースを作成…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>調査データベースを開く</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新しい調査データベース</translation>
        </message>
    </context>
    <context>
        <name>CompanyPicker</name>
        <message>
            <source>No company matches; type the new company's names below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicate: {name} is already in the database. Use it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing company: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New company: type its names below, or find an existing one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find an existing company (any name, any script)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New company instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this company</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyRegistry</name>
        <message>
            <source>Company registry</source>
            <translation>企業台帳</translation>
        </message>
        <message>
            <source>Search companies (any language)…</source>
            <translation>企業を検索（どの言語でも）…</translation>
        </message>
        <message>
            <source>Chinese name</source>
            <translation>中国語名</translation>
        </message>
        <message>
            <source>Japanese name</source>
            <translation>日本語名</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英語名</translation>
        </message>
        <message>
            <source>City</source>
            <translation>都市</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>調査数</translation>
        </message>
        <message>
            <source>Showing the first {n} companies; type part of a name to narrow.</source>
            <translation>最初の {n} 社を表示しています。名前の一部を入力して絞り込んでください。</translation>
        </message>
        <message>
            <source>{n} companies. Double-click one to list its surveys.</source>
            <translation>{n} 社。ダブルクリックするとその企業の調査を一覧表示します。</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Someone saved this survey elsewhere (now revision {actual}) after you opened it (revision {expected}). Nothing was overwritten, and your edits are still here and in the autosaved draft. Reload the stored version (your edits here are dropped) or save your version as a new copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload stored version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save mine as a copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>The details were written to {path}.</source>
            <translation>詳細は {path} に記録されました。</translation>
        </message>
        <message>
            <source>Something went wrong. Your saved data is safe; the last action may not have finished. Please send the details below to support.</source>
            <translation>問題が発生しました。保存済みのデータは安全ですが、直前の操作は完了していない可能性があります。以下の詳細をサポートへお送りください。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>詳細をコピー</translation>
        </message>
    </context>
    <context>
        <name>FigureImportDialog</name>
        <message>
            <source>Import reference figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figure column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept new units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check (dry run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} ({1}, first {2} rows shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns without a match: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All required columns found. Check first, then import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All cities</source>
            <translation>すべての都市</translation>
        </message>
        <message>
            <source>All analysts</source>
            <translation>すべての調査担当者</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>すべての年</translation>
        </message>
        <message>
            <source>Search company names (any language)…</source>
            <translation>企業名を検索（どの言語でも）…</translation>
        </message>
        <message>
            <source>Finds a company by any of its names: Chinese, Japanese or English</source>
            <translation>中国語・日本語・英語のいずれの名前でも企業を検索します</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>すべての省</translation>
        </message>
        <message>
            <source>All industries</source>
            <translation>すべての業種</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>ごみ箱</translation>
        </message>
        <message>
            <source>Show deleted surveys (select one and choose Restore)</source>
            <translation>削除した調査を表示（選択して「ごみ箱から戻す」を選びます）</translation>
        </message>
        <message>
            <source>Show all companies</source>
            <translation>すべての企業を表示</translation>
        </message>
        <message>
            <source>Company: {name}</source>
            <translation>企業: {name}</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Survey history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moved to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>purged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation>企業</translation>
        </message>
        <message>
            <source>{n} answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} changes recorded; times are local.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New survey</source>
            <translation>新しい調査(&amp;N)</translation>
        </message>
        <message>
            <source>Enter a new survey</source>
            <translation>新しい調査を入力します</translation>
        </message>
        <message>
            <source>&amp;Open survey</source>
            <translation>調査を開く(&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected survey (Enter or double-click)</source>
            <translation>選択した調査を開きます（Enter またはダブルクリック）</translation>
        </message>
        <message>
            <source>D&amp;uplicate as new</source>
            <translation>複製して新規作成(&amp;U)</translation>
        </message>
        <message>
            <source>Start a new survey of the same company, pre-filled from the selected one</source>
            <translation>選択した調査の内容を引き継いで、同じ企業の新しい調査を始めます</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>Move the selected surveys to the trash</source>
            <translation>選択した調査をごみ箱へ移動します</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>削除を元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>Bring back the surveys you deleted last</source>
            <translation>最後に削除した調査を元に戻します</translation>
        </message>
        <message>
            <source>&amp;Restore from trash</source>
            <translation>ごみ箱から戻す(&amp;R)</translation>
        </message>
        <message>
            <source>Bring the selected surveys back from the trash</source>
            <translation>選択した調査をごみ箱から戻します</translation>
        </message>
        <message>
            <source>Delete &amp;permanently…</source>
            <translation>完全に削除(&amp;P)…</translation>
        </message>
        <message>
            <source>Remove the selected surveys from the trash for good</source>
            <translation>選択した調査をごみ箱から完全に削除します</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>ごみ箱(&amp;T)</translation>
        </message>
        <message>
            <source>Show deleted surveys</source>
            <translation>削除した調査を表示します</translation>
        </message>
        <message>
            <source>Company &amp;registry</source>
            <translation>企業台帳(&amp;R)</translation>
        </message>
        <message>
            <source>Show or hide the company registry</source>
            <translation>企業台帳の表示・非表示を切り替えます</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <source>Import surveys from a spreadsheet or a survey package</source>
            <translation>表計算ファイルまたは調査パッケージから調査を取り込みます</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Export surveys to a spreadsheet or a survey package</source>
            <translation>調査を表計算ファイルまたは調査パッケージに書き出します</translation>
        </message>
        <message>
            <source>&amp;Print brief…</source>
            <translation>概況レポートを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Make a PDF province brief</source>
            <translation>省別概況レポートを PDF で作成します</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>バックアップ(&amp;B)…</translation>
        </message>
        <message>
            <source>Back up the database or restore a backup</source>
            <translation>データベースをバックアップ、またはバックアップから復元します</translation>
        </message>
        <message>
            <source>Re&amp;ference data…</source>
            <translation>参照データ(&amp;F)…</translation>
        </message>
        <message>
            <source>Provinces, cities, industries and figures</source>
            <translation>省・都市・業種・統計値</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>データベースを開く(&amp;D)…</translation>
        </message>
        <message>
            <source>Open another survey database file</source>
            <translation>別の調査データベースファイルを開きます</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>新しいデータベース(&amp;B)…</translation>
        </message>
        <message>
            <source>Create a new, empty survey database file</source>
            <translation>空の調査データベースファイルを新しく作成します</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>Analyst name, language, database and brief options</source>
            <translation>調査担当者名・言語・データベース・レポートの設定</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Close Dongbei Survey Desk</source>
            <translation>Dongbei Survey Desk を終了します</translation>
        </message>
        <message>
            <source>Re&amp;load list</source>
            <translation>一覧を再読み込み(&amp;L)</translation>
        </message>
        <message>
            <source>Read the survey list again from the database</source>
            <translation>データベースから調査一覧を読み直します</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>このアプリについて(&amp;A)</translation>
        </message>
        <message>
            <source>About Dongbei Survey Desk</source>
            <translation>Dongbei Survey Desk について</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dongbei Survey Desk — {name}</source>
            <translation>Dongbei Survey Desk — {name}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>最近使ったデータベース</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>ツールバー</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>削除を元に戻す</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>データベース: {path}</translation>
        </message>
        <message>
            <source>{shown} shown · {surveys} surveys ({final} final, {draft} drafts) · {companies} companies · {trash} in trash</source>
            <translation>{shown} 件表示 · 調査 {surveys} 件（確定 {final}、下書き {draft}）· 企業 {companies} 社 · ごみ箱 {trash} 件</translation>
        </message>
        <message>
            <source>Read-only: {reason}. You can look, search and print, but not change anything.</source>
            <translation>読み取り専用: {reason}。閲覧・検索・印刷はできますが、変更はできません。</translation>
        </message>
        <message>
            <source>The survey form is not available in this build.</source>
            <translation>このビルドでは調査票を利用できません。</translation>
        </message>
        <message>
            <source>Duplicate as new</source>
            <translation>複製して新規作成</translation>
        </message>
        <message>
            <source>Delete surveys</source>
            <translation>調査の削除</translation>
        </message>
        <message numerus="yes">
            <source>Move %n survey(s) to the trash? You can undo this or restore them from the Trash view.</source>
            <translation>
                <numerusform>%n 件の調査をごみ箱へ移動しますか？元に戻すことも、ごみ箱から戻すこともできます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n survey(s) to the trash.</source>
            <translation>
                <numerusform>%n 件の調査をごみ箱へ移動しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n survey(s) from the trash.</source>
            <translation>
                <numerusform>%n 件の調査をごみ箱から戻しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>完全に削除</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n survey(s) for good? This cannot be undone (the audit trail is kept).</source>
            <translation>
                <numerusform>%n 件の調査を完全に削除しますか？元に戻せません（変更履歴は残ります）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the survey</source>
            <translation>調査を変更できませんでした</translation>
        </message>
        <message>
            <source>This feature is not available in this build yet.</source>
            <translation>この機能はこのビルドではまだ利用できません。</translation>
        </message>
        <message>
            <source>About Dongbei Survey Desk</source>
            <translation>Dongbei Survey Desk について</translation>
        </message>
        <message>
            <source>Dongbei Survey Desk {version}
Survey entry and province briefs on Japanese-affiliated companies in Northeast China.</source>
            <translation>Dongbei Survey Desk {version}
中国東北地域の日系企業に関する調査入力と省別概況レポート。</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>調査データベースを開く</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新しい調査データベース</translation>
        </message>
        <message>
            <source>{path} already exists and was left as it is. Choose another name, or open it with Open database….</source>
            <translation>{path} は既に存在するため、変更していません。別の名前を選ぶか、「データベースを開く…」で開いてください。</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <source>Close the open survey forms before switching databases.</source>
            <translation>データベースを切り替える前に、開いている調査票を閉じてください。</translation>
        </message>
        <message>
            <source>Could not open the database</source>
            <translation>データベースを開けませんでした</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>{path} を開きました</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>サンプルデータ</translation>
        </message>
        <message>
            <source>Added {n} fictional sample surveys.</source>
            <translation>架空のサンプル調査を {n} 件追加しました。</translation>
        </message>
        <message>
            <source>Adding fictional sample surveys…</source>
            <translation>架空のサンプル調査を追加しています…</translation>
        </message>
    </context>
    <context>
        <name>ReferenceTab</name>
        <message>
            <source>Filter (any column, any language)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} rows ({1} retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NE3 (the three provinces)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CN (China)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not a firm count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes recorded since the reference data was loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export reference figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {0} figures to {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferenceWindow</name>
        <message>
            <source>Reference data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Development zones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference figures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavingMixin</name>
        <message>
            <source>Saved as draft, except fields with problems (kept in this form and its autosaved draft): {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved as final. Still to do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved as final: {n} answers are missing or wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the company (Chinese name) or choose an existing company before saving; your entries are kept in the autosaved draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: the survey was changed elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as final at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as draft at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No history yet: the survey has not been saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autosave failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft autosaved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>You</source>
            <translation>あなた</translation>
        </message>
        <message>
            <source>Analyst name:</source>
            <translation>調査担当者名:</translation>
        </message>
        <message>
            <source>Recorded with every change you make</source>
            <translation>すべての変更とともに記録されます</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>表示言語:</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>データベースファイル</translation>
        </message>
        <message>
            <source>Open existing…</source>
            <translation>既存のファイルを開く…</translation>
        </message>
        <message>
            <source>New database…</source>
            <translation>新しいデータベース…</translation>
        </message>
        <message>
            <source>Recent files (double-click to open):</source>
            <translation>最近使ったファイル（ダブルクリックで開く）:</translation>
        </message>
        <message>
            <source>Default brief options</source>
            <translation>レポートの既定の設定</translation>
        </message>
        <message>
            <source>Language of the brief:</source>
            <translation>レポートの言語:</translation>
        </message>
        <message>
            <source>Final surveys only (leave drafts out)</source>
            <translation>確定した調査のみ（下書きを除く）</translation>
        </message>
        <message>
            <source>Include the appendix of surveyed companies (confidential)</source>
            <translation>調査企業一覧の付録を含める（機密）</translation>
        </message>
        <message>
            <source>Suppress figures based on fewer than (companies):</source>
            <translation>この社数未満に基づく数値を秘匿:</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>調査データベースを開く</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新しい調査データベース</translation>
        </message>
        <message>
            <source>{path} already exists; it was not replaced. Use Open existing… to open it.</source>
            <translation>{path} は既に存在するため、置き換えていません。「既存のファイルを開く…」で開いてください。</translation>
        </message>
        <message>
            <source>The name cannot contain control characters.</source>
            <translation>名前に制御文字は使えません。</translation>
        </message>
    </context>
    <context>
        <name>SurveyFormWindow</name>
        <message>
            <source>Not yet saved as final. Still to do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as draft (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as final (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter or Ctrl+PgDown: next section; Ctrl+PgUp: previous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveyTableModel</name>
        <message>
            <source>Final</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企業</translation>
        </message>
        <message>
            <source>City</source>
            <translation>都市</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <source>Interview date</source>
            <translation>面談日</translation>
        </message>
        <message>
            <source>Reference year</source>
            <translation>対象年</translation>
        </message>
        <message>
            <source>Analyst</source>
            <translation>調査担当者</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Dongbei Survey Desk</source>
            <translation>Dongbei Survey Desk へようこそ</translation>
        </message>
        <message>
            <source>This database has no surveys yet. Key in the surveys of Japanese-affiliated companies in Liaoning, Jilin and Heilongjiang, then print province briefs.</source>
            <translation>このデータベースにはまだ調査がありません。遼寧・吉林・黒竜江の日系企業の調査を入力し、省別概況レポートを印刷しましょう。</translation>
        </message>
        <message>
            <source>Start entering surveys</source>
            <translation>調査の入力を始める</translation>
        </message>
        <message>
            <source>Open another database…</source>
            <translation>別のデータベースを開く…</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>サンプルデータで試す</translation>
        </message>
        <message>
            <source>Sample data adds 300 fictional surveys, clearly marked as demo, to this database.</source>
            <translation>サンプルデータは、デモと明記した架空の調査 300 件をこのデータベースに追加します。</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>データベース: {path}</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Reload stored version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop the edits in this form and show the version stored in the database?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This survey has changes that are not saved. Save them as a draft?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save draft</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
