<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name />
        <message>
            <source>retired</source>
            <translation>廃止</translation>
        </message>
        <message>
            <source>Add to {0}</source>
            <translation>{0}に追加</translation>
        </message>
        <message>
            <source>Edit {0} {1}</source>
            <translation>{0} {1} を編集</translation>
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
        <message>
            <source>the integrity check found damage ({error})</source>
            <translation>整合性チェックで破損が見つかりました（{error}）</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>データベースが破損しています</translation>
        </message>
        <message>
            <source>The integrity check of {path} found damage:

{error}

The database is now open read-only so that nothing more is written to it. Restore the latest good backup with File ▸ Backups….</source>
            <translation>{path} の整合性チェックで破損が見つかりました：

{error}

これ以上書き込まないよう、データベースは読み取り専用で開いています。「ファイル ▸ バックアップ…」から最新の正常なバックアップを復元してください。</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>Backups of {db} are kept in {folder}. One is made each day the database is opened, before every upgrade, import and merge, and whenever you click Back up now.</source>
            <translation>{db} のバックアップは {folder} に保存されます。データベースを開いた日ごとに1回、アップグレード・インポート・統合の前、および「今すぐバックアップ」を押したときに作成されます。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>調査票数</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>今すぐバックアップ</translation>
        </message>
        <message>
            <source>Restore selected…</source>
            <translation>選択したものを復元…</translation>
        </message>
        <message>
            <source>Keep the most recent backups:</source>
            <translation>保持する最新バックアップ数:</translation>
        </message>
        <message>
            <source>Also keep one a day for (days):</source>
            <translation>1日1件を保持する日数:</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>手動</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>毎日</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>インポート前</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>統合前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>復元前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>アップグレード前</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>バックアップ中…</translation>
        </message>
        <message>
            <source>Backup written and checked: {path}</source>
            <translation>バックアップを書き込み、検査しました: {path}</translation>
        </message>
        <message>
            <source>Nothing was changed: {error}</source>
            <translation>何も変更されていません: {error}</translation>
        </message>
        <message>
            <source>Replace the whole database with the backup of {when} ({count} surveys)? Everything saved since then will be replaced; the current content is backed up first, so this can be undone.</source>
            <translation>データベース全体を {when} のバックアップ（調査票 {count} 件）で置き換えますか？それ以降に保存した内容は置き換えられます。現在の内容は先にバックアップされるため、元に戻せます。</translation>
        </message>
        <message>
            <source>Warning: the database is also open in: {who}. Close it there first.</source>
            <translation>警告: このデータベースは {who} でも開かれています。先にそちらを閉じてください。</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>バックアップの復元</translation>
        </message>
        <message>
            <source>Nothing was restored: {error}</source>
            <translation>何も復元されていません: {error}</translation>
        </message>
        <message>
            <source>Restored. The previous content was kept as {path}.</source>
            <translation>復元しました。以前の内容は {path} に保存されています。</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <source>Province briefs</source>
            <translation>省別ブリーフ</translation>
        </message>
        <message>
            <source>Overview of the three provinces</source>
            <translation>東北三省の概況</translation>
        </message>
        <message>
            <source>All: three province briefs and the overview</source>
            <translation>すべて：3省のブリーフと概況</translation>
        </message>
        <message>
            <source>All years (latest survey of each company)</source>
            <translation>全年度（各社の最新の調査）</translation>
        </message>
        <message>
            <source>Include draft surveys</source>
            <translation>下書きの調査票を含める</translation>
        </message>
        <message>
            <source>Appendix listing surveyed companies (confidential)</source>
            <translation>調査対象企業の一覧を付録に付ける（社外秘）</translation>
        </message>
        <message>
            <source> companies</source>
            <translation> 社</translation>
        </message>
        <message>
            <source>Figures resting on fewer companies are printed as a dash</source>
            <translation>これより少ない企業に基づく数値は「–」で表示します</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>ブリーフ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Reference year</source>
            <translation>対象年</translation>
        </message>
        <message>
            <source>Suppress figures below</source>
            <translation>非表示にする企業数の下限</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>名前を付けて保存…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>作成中…</translation>
        </message>
        <message>
            <source>Ready: {n} PDF file(s). Open it, or Save As to keep it.</source>
            <translation>完成：PDF {n} 件。開くか、「名前を付けて保存」で保存してください。</translation>
        </message>
        <message>
            <source>The brief could not be made: {error}</source>
            <translation>ブリーフを作成できませんでした：{error}</translation>
        </message>
        <message>
            <source>Save the briefs in folder</source>
            <translation>ブリーフを保存するフォルダー</translation>
        </message>
        <message>
            <source>Save brief</source>
            <translation>ブリーフを保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} はフォルダーではありません</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>フォルダー {path} がありません</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>保存できませんでした：{error}</translation>
        </message>
        <message>
            <source>Saved {files}</source>
            <translation>{files} を保存しました</translation>
        </message>
    </context>
    <context>
        <name>CompanyPicker</name>
        <message>
            <source>No company matches; type the new company's names below</source>
            <translation>該当する企業がありません。下に新しい企業名を入力してください</translation>
        </message>
        <message>
            <source>Possible duplicate: {name} is already in the database. Use it?</source>
            <translation>重複の可能性：{name} はすでにデータベースにあります。この企業を使いますか？</translation>
        </message>
        <message>
            <source>Existing company: {name}</source>
            <translation>登録済みの企業：{name}</translation>
        </message>
        <message>
            <source>New company: type its names below, or find an existing one</source>
            <translation>新規企業：下に企業名を入力するか、登録済みの企業を検索してください</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>企業：</translation>
        </message>
        <message>
            <source>Find an existing company (any name, any script)…</source>
            <translation>登録済みの企業を検索（どの名称・文字でも可）…</translation>
        </message>
        <message>
            <source>New company instead</source>
            <translation>新規企業にする</translation>
        </message>
        <message>
            <source>Use this company</source>
            <translation>この企業を使う</translation>
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
            <translation>この調査票は、開いた後（版 {expected}）に別の場所で保存されました（現在は版 {actual}）。何も上書きされていません。あなたの編集内容はこの画面と自動保存された下書きに残っています。保存済みの版を読み込み直す（この画面の編集は破棄されます）か、あなたの版を新しいコピーとして保存してください。</translation>
        </message>
        <message>
            <source>Reload stored version…</source>
            <translation>保存済みの版を読み込み直す…</translation>
        </message>
        <message>
            <source>Save mine as a copy</source>
            <translation>自分の版をコピーとして保存</translation>
        </message>
    </context>
    <context>
        <name>DatabaseControl</name>
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
            <source>Reopened {path} after the restore</source>
            <translation>復元後に {path} を開き直しました</translation>
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
        <name>DatePage</name>
        <message>
            <source>Dates and status</source>
            <translation>日付と状態</translation>
        </message>
        <message>
            <source>How are dates written? With 'automatic', dates like 03/04/2025 whose day and month could be swapped are reported, never guessed.</source>
            <translation>日付の書式は？「自動」では、03/04/2025 のように日と月を取り違えうる日付は推測せず、問題として報告します。</translation>
        </message>
        <message>
            <source>automatic (unambiguous dates only)</source>
            <translation>自動（あいまいでない日付のみ）</translation>
        </message>
        <message>
            <source>from the status column, else final</source>
            <translation>状態列に従う（なければ確定）</translation>
        </message>
        <message>
            <source>final (all required answers)</source>
            <translation>確定（必須回答すべて）</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Date format:</source>
            <translation>日付の書式：</translation>
        </message>
        <message>
            <source>Save surveys as:</source>
            <translation>調査の保存形式：</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>ファイル上の値</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>読み取り結果</translation>
        </message>
    </context>
    <context>
        <name>EncodingPage</name>
        <message>
            <source>Encoding and preview</source>
            <translation>文字コードとプレビュー</translation>
        </message>
        <message>
            <source>Check that names in Chinese and Japanese read correctly; if not, choose another encoding.</source>
            <translation>中国語・日本語の名称が正しく表示されているか確認してください。文字化けしている場合は別の文字コードを選んでください。</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>文字コード：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>シート：</translation>
        </message>
        <message>
            <source>(workbook: no encoding)</source>
            <translation>（ブック：文字コード指定なし）</translation>
        </message>
        <message>
            <source>%1 (detected)</source>
            <translation>%1（自動検出）</translation>
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
        <name>ExportDialog</name>
        <message>
            <source>Export surveys</source>
            <translation>調査のエクスポート</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel ブック (.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (.csv) and codebook</source>
            <translation>CSV ファイル (.csv) とコードブック</translation>
        </message>
        <message>
            <source>Survey package for another analyst</source>
            <translation>他の調査担当者に渡す調査パッケージ</translation>
        </message>
        <message>
            <source>Answers as labels (not codes)</source>
            <translation>回答をラベルで出力（コードではなく）</translation>
        </message>
        <message>
            <source>Include the codebook</source>
            <translation>コードブックを含める</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>すべての省</translation>
        </message>
        <message>
            <source>Final and draft</source>
            <translation>確定と下書き</translation>
        </message>
        <message>
            <source>Final only</source>
            <translation>確定のみ</translation>
        </message>
        <message>
            <source>Drafts only</source>
            <translation>下書きのみ</translation>
        </message>
        <message>
            <source>any year</source>
            <translation>すべての年</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式：</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>言語：</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>省：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状態：</translation>
        </message>
        <message>
            <source>Reference year:</source>
            <translation>対象年：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>The reference year must be a number, like 2025.</source>
            <translation>対象年は 2025 のような数値で入力してください。</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>エクスポート先</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>エクスポート先のファイルを選んでください。</translation>
        </message>
        <message>
            <source>No survey matches these filters.</source>
            <translation>この条件に合う調査はありません。</translation>
        </message>
        <message>
            <source>Exporting %1 surveys…</source>
            <translation>調査 %1 件をエクスポート中…</translation>
        </message>
        <message>
            <source>Exported %1 surveys to %2</source>
            <translation>調査 %1 件を %2 にエクスポートしました</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>何もエクスポートされませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>FigureImportDialog</name>
        <message>
            <source>Import reference figures</source>
            <translation>参考統計の取り込み</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>ファイルが選択されていません。</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>ファイルの列</translation>
        </message>
        <message>
            <source>Figure column</source>
            <translation>統計の列</translation>
        </message>
        <message>
            <source>Accept new units</source>
            <translation>新しい単位を受け入れる</translation>
        </message>
        <message>
            <source>Check (dry run)</source>
            <translation>確認（試行のみ）</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>Figures file</source>
            <translation>統計ファイル</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>表 (*.csv *.tsv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>{0} ({1}, first {2} rows shown)</source>
            <translation>{0}（{1}、先頭 {2} 行を表示）</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>（無視）</translation>
        </message>
        <message>
            <source>Columns without a match: {0}</source>
            <translation>対応する列がありません: {0}</translation>
        </message>
        <message>
            <source>All required columns found. Check first, then import.</source>
            <translation>必要な列がすべて見つかりました。確認してから取り込んでください。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>何も取り込まれませんでした。</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>試行のみ: 何も書き込まれていません。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>ファイルを選択</translation>
        </message>
        <message>
            <source>A CSV or XLSX file of surveys, one survey per row, with a header row.</source>
            <translation>調査の CSV または XLSX ファイル（1 行に 1 調査、見出し行あり）。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Import surveys</source>
            <translation>調査のインポート</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>表 (*.csv *.tsv *.txt *.xlsx)</translation>
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
        <name>FormField</name>
        <message>
            <source>{n} of at most {max} chosen</source>
            <translation>{n} 件選択（最大 {max} 件）</translation>
        </message>
        <message>
            <source>{n} chosen</source>
            <translation>{n} 件選択</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move the chosen answer up (Alt+Up)</source>
            <translation>選んだ回答の順位を上げる（Alt+↑）</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <source>Move the chosen answer down (Alt+Down)</source>
            <translation>選んだ回答の順位を下げる（Alt+↓）</translation>
        </message>
        <message>
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>カレンダーから日付を選ぶ</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>(all answers)</source>
            <translation>（全回答）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企業</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>final</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>Survey history</source>
            <translation>調査票の履歴</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>New</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>created</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>moved to trash</source>
            <translation>ごみ箱へ移動</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>purged</source>
            <translation>完全削除</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>調査票</translation>
        </message>
        <message>
            <source>{n} answers</source>
            <translation>{n} 件の回答</translation>
        </message>
        <message>
            <source>{n} changes recorded; times are local.</source>
            <translation>{n} 件の変更が記録されています。時刻は現地時間です。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import surveys</source>
            <translation>調査のインポート</translation>
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
            <source>Import surveys from a CSV or Excel spreadsheet</source>
            <translation>CSV または Excel ファイルから調査票を取り込む</translation>
        </message>
        <message>
            <source>&amp;Merge a package or database…</source>
            <translation>パッケージ／データベースを統合(&amp;M)…</translation>
        </message>
        <message>
            <source>Merge another analyst's survey package or database into this one</source>
            <translation>他の調査担当者の調査パッケージまたはデータベースをこのデータベースに統合する</translation>
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
            <source>The survey form is not available in this build.</source>
            <translation>このビルドでは調査票を利用できません。</translation>
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
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Columns are matched by question id or by their English, Japanese or Chinese label. Choose a question for the others, or ignore them.</source>
            <translation>列は設問 ID または英語・日本語・中国語のラベルで照合されます。それ以外の列は設問を選ぶか、無視してください。</translation>
        </message>
        <message>
            <source>(ignore this column)</source>
            <translation>（この列を無視）</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ファイルの列</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>設問</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>最初の値</translation>
        </message>
        <message>
            <source>Several columns are mapped to the same question: %1</source>
            <translation>複数の列が同じ設問に割り当てられています：%1</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge surveys from another analyst</source>
            <translation>他の調査担当者の調査を統合</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Choose a survey package or a database file, then Compare.</source>
            <translation>調査パッケージまたはデータベースファイルを選び、「比較」を押してください。</translation>
        </message>
        <message>
            <source>Their company</source>
            <translation>相手の企業</translation>
        </message>
        <message>
            <source>Looks like, here</source>
            <translation>こちらの類似企業</translation>
        </message>
        <message>
            <source>Same company</source>
            <translation>同一企業</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>自分</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>相手</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>選択</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>すべて自分の値を残す</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>すべて相手の値を採用</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>統合</translation>
        </message>
        <message>
            <source>Companies that may already be here:</source>
            <translation>すでに登録されている可能性のある企業：</translation>
        </message>
        <message>
            <source>Surveys and companies changed on both sides:</source>
            <translation>双方で変更された調査・企業：</translation>
        </message>
        <message>
            <source>Merge from</source>
            <translation>統合元</translation>
        </message>
        <message>
            <source>Survey packages and databases (*.dongbei *.sqlite *.db);;All files (*)</source>
            <translation>調査パッケージとデータベース (*.dongbei *.sqlite *.db);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>比較中…</translation>
        </message>
        <message>
            <source>%1 new surveys, %2 new companies, %3 updates, %4 conflicts, %5 unchanged.</source>
            <translation>新規調査 %1 件、新規企業 %2 社、更新 %3 件、競合 %4 件、変更なし %5 件。</translation>
        </message>
        <message>
            <source>Nothing to merge: this database already has all of it.</source>
            <translation>統合するものはありません。このデータベースにすべて含まれています。</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（選択）</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>自分の値を残す</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>相手の値を採用</translation>
        </message>
        <message>
            <source>%1 fields still to choose.</source>
            <translation>あと %1 項目を選んでください。</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>統合中…</translation>
        </message>
        <message>
            <source>Merged: %1 surveys added, %2 updated, %3 conflicts resolved.</source>
            <translation>統合完了：調査 %1 件追加、%2 件更新、競合 %3 件解決。</translation>
        </message>
        <message>
            <source>Nothing was merged: %1</source>
            <translation>何も統合されませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>(no company name yet)</source>
            <translation>（企業名未入力）</translation>
        </message>
        <message>
            <source>changes to a saved survey</source>
            <translation>保存済み調査票への変更</translation>
        </message>
        <message>
            <source>new survey</source>
            <translation>新規調査票</translation>
        </message>
        <message>
            <source>Restore unsaved surveys</source>
            <translation>未保存の調査票の復元</translation>
        </message>
        <message>
            <source>{n} survey forms were not saved when the app last closed. Restore them?</source>
            <translation>前回アプリを終了したとき、{n} 件の調査票が保存されていませんでした。復元しますか？</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>破棄する</translation>
        </message>
        <message>
            <source>Ask me later</source>
            <translation>後で確認する</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Provinces</source>
            <translation>省</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中国語</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>省都</translation>
        </message>
        <message>
            <source>Population (m)</source>
            <translation>人口（百万人）</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>GDP (CNY bn)</source>
            <translation>GDP（10億元）</translation>
        </message>
        <message>
            <source>GDP year</source>
            <translation>GDP年</translation>
        </message>
        <message>
            <source>Area (km²)</source>
            <translation>面積（km²）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>GDP出典</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称（英語）</translation>
        </message>
        <message>
            <source>Name (Japanese)</source>
            <translation>名称（日本語）</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>名称（中国語）</translation>
        </message>
        <message>
            <source>Capital city code</source>
            <translation>省都の市コード</translation>
        </message>
        <message>
            <source>Population (million)</source>
            <translation>人口（百万人）</translation>
        </message>
        <message>
            <source>Population year</source>
            <translation>人口の年</translation>
        </message>
        <message>
            <source>Population source</source>
            <translation>人口出典</translation>
        </message>
        <message>
            <source>Area source</source>
            <translation>面積出典</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>都市</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Population 2023 (10k)</source>
            <translation>2023年人口（万人）</translation>
        </message>
        <message>
            <source>Japanese name</source>
            <translation>日本語名</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Code (GB/T 2260, 4 digits)</source>
            <translation>コード（GB/T 2260、4桁）</translation>
        </message>
        <message>
            <source>Division type</source>
            <translation>行政区分</translation>
        </message>
        <message>
            <source>Provincial capital</source>
            <translation>省都</translation>
        </message>
        <message>
            <source>Sub-provincial</source>
            <translation>副省級</translation>
        </message>
        <message>
            <source>Population 2023 (10,000)</source>
            <translation>2023年人口（万人）</translation>
        </message>
        <message>
            <source>Japanese name status</source>
            <translation>日本語名の状態</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Industries</source>
            <translation>業種</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Label (English)</source>
            <translation>表示名（英語）</translation>
        </message>
        <message>
            <source>Label (Japanese)</source>
            <translation>表示名（日本語）</translation>
        </message>
        <message>
            <source>Label (Chinese)</source>
            <translation>表示名（中国語）</translation>
        </message>
        <message>
            <source>Development zones</source>
            <translation>開発区</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>City</source>
            <translation>都市</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>ID (slug)</source>
            <translation>ID（英数字）</translation>
        </message>
        <message>
            <source>Reference figures</source>
            <translation>参考統計</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>地域</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>相手国</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>単位</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Kind of count</source>
            <translation>計数の種類</translation>
        </message>
        <message>
            <source>Source URL</source>
            <translation>出典URL</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>表示名</translation>
        </message>
        <message>
            <source>Indicator (snake_case)</source>
            <translation>指標（snake_case）</translation>
        </message>
        <message>
            <source>Indicator label (English)</source>
            <translation>指標名（英語）</translation>
        </message>
        <message>
            <source>This is a new unit</source>
            <translation>新しい単位として登録</translation>
        </message>
        <message>
            <source>Source name</source>
            <translation>出典名</translation>
        </message>
        <message>
            <source>Add to {0}</source>
            <translation>{0}に追加</translation>
        </message>
        <message>
            <source>Edit {0} {1}</source>
            <translation>{0} {1} を編集</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>廃止</translation>
        </message>
    </context>
    <context>
        <name>ReferenceTab</name>
        <message>
            <source>Filter (any column, any language)…</source>
            <translation>絞り込み（全列・全言語）…</translation>
        </message>
        <message>
            <source>Show retired</source>
            <translation>廃止した行も表示</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>廃止</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>履歴…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>取り込み…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV書き出し…</translation>
        </message>
        <message>
            <source>{0} rows ({1} retired)</source>
            <translation>{0} 行（廃止 {1}）</translation>
        </message>
        <message>
            <source>Select a row first.</source>
            <translation>先に行を選択してください。</translation>
        </message>
        <message>
            <source>NE3 (the three provinces)</source>
            <translation>NE3（東北三省）</translation>
        </message>
        <message>
            <source>CN (China)</source>
            <translation>CN（中国）</translation>
        </message>
        <message>
            <source>(not a firm count)</source>
            <translation>（企業数ではない）</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>{0} を保存しました。</translation>
        </message>
        <message>
            <source>Retired {0}.</source>
            <translation>{0} を廃止しました。</translation>
        </message>
        <message>
            <source>Restored {0}.</source>
            <translation>{0} を復元しました。</translation>
        </message>
        <message>
            <source>History of {0}</source>
            <translation>{0} の履歴</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>New</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>{0} changes</source>
            <translation>{0} 件の変更</translation>
        </message>
        <message>
            <source>No changes recorded since the reference data was loaded.</source>
            <translation>参考データの読み込み以降、変更は記録されていません。</translation>
        </message>
        <message>
            <source>Export reference figures</source>
            <translation>参考統計の書き出し</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSVファイル (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {0} figures to {1}.</source>
            <translation>{0} 件の統計を {1} に書き出しました。</translation>
        </message>
    </context>
    <context>
        <name>ReferenceWindow</name>
        <message>
            <source>Reference data</source>
            <translation>参考データ</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>省</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>都市</translation>
        </message>
        <message>
            <source>Industries</source>
            <translation>業種</translation>
        </message>
        <message>
            <source>Development zones</source>
            <translation>開発区</translation>
        </message>
        <message>
            <source>Reference figures</source>
            <translation>参考統計</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Check (dry run)</source>
            <translation>チェック（試行）</translation>
        </message>
        <message>
            <source>Every row was checked; nothing has been written yet.</source>
            <translation>すべての行をチェックしました。まだ何も書き込んでいません。</translation>
        </message>
        <message>
            <source>Save report as CSV…</source>
            <translation>レポートを CSV で保存…</translation>
        </message>
        <message>
            <source>Import only if every row is valid</source>
            <translation>すべての行が有効な場合のみインポート</translation>
        </message>
        <message>
            <source>Import the valid rows, skip the others</source>
            <translation>有効な行だけをインポートし、他はスキップ</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>チェック中…</translation>
        </message>
        <message>
            <source>%1 rows: %2 new and valid, %3 with problems, %4 already in the database; %5 new companies.</source>
            <translation>%1 行：新規で有効 %2 行、問題あり %3 行、登録済み %4 行。新規企業 %5 社。</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>このファイルはインポートできません：%1</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>レポートを保存</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>インポートを中止</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>インポート中…</translation>
        </message>
        <message>
            <source>Imported %1 surveys and %2 new companies.</source>
            <translation>調査 %1 件、新規企業 %2 社をインポートしました。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>何もインポートされませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Total: {total}% / {target}%</source>
            <translation>合計：{total}% / {target}%</translation>
        </message>
        <message>
            <source>({n} of {m} answered)</source>
            <translation>（{m} 項目中 {n} 項目回答済み）</translation>
        </message>
        <message>
            <source>* required for a final survey</source>
            <translation>* 確定保存には必須</translation>
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
        <name>StoreWatch</name>
        <message>
            <source>Read-only: {reason}. You can look, search and print, but not change anything.</source>
            <translation>読み取り専用: {reason}。閲覧・検索・印刷はできますが、変更はできません。</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>This database is also open in another copy of the app: {who}. Edits of the same survey are never overwritten silently, but you may be asked to reload.</source>
            <translation>このデータベースは別のアプリでも開かれています：{who}。同じ調査票の編集が黙って上書きされることはありませんが、再読み込みを求められる場合があります。</translation>
        </message>
    </context>
    <context>
        <name>SurveyChanges</name>
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
    </context>
    <context>
        <name>SurveyFormWindow</name>
        <message>
            <source>Reload stored version</source>
            <translation>保存済みの版を読み込み直す</translation>
        </message>
        <message>
            <source>Drop the edits in this form and show the version stored in the database?</source>
            <translation>この画面の編集を破棄して、データベースに保存されている版を表示しますか？</translation>
        </message>
        <message>
            <source>Saved as draft, except fields with problems (kept in this form and its autosaved draft): {fields}</source>
            <translation>下書き保存しました。問題のある項目は保存していません（この画面と自動保存の下書きには残っています）：{fields}</translation>
        </message>
        <message>
            <source>Not saved as final. Still to do:</source>
            <translation>確定保存できませんでした。残りの項目：</translation>
        </message>
        <message>
            <source>Not saved as final: {n} answers are missing or wrong</source>
            <translation>確定保存できませんでした：{n} 件の回答が未入力または誤りです</translation>
        </message>
        <message>
            <source>Name the company (Chinese name) or choose an existing company before saving; your entries are kept in the autosaved draft.</source>
            <translation>保存する前に企業名（中国語）を入力するか、登録済みの企業を選んでください。入力内容は自動保存の下書きに残っています。</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>保存されていません：</translation>
        </message>
        <message>
            <source>Not saved: the survey was changed elsewhere</source>
            <translation>保存されていません：調査票が別の場所で変更されました</translation>
        </message>
        <message>
            <source>Saved as final at {time}</source>
            <translation>{time} に確定保存しました</translation>
        </message>
        <message>
            <source>Saved as draft at {time}</source>
            <translation>{time} に下書き保存しました</translation>
        </message>
        <message>
            <source>No history yet: the survey has not been saved</source>
            <translation>履歴はまだありません：調査票が保存されていません</translation>
        </message>
        <message>
            <source>Autosave failed: {error}</source>
            <translation>自動保存に失敗しました：{error}</translation>
        </message>
        <message>
            <source>Draft autosaved</source>
            <translation>下書きを自動保存しました</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>This survey has changes that are not saved. Save them as a draft?</source>
            <translation>この調査票には保存されていない変更があります。下書きとして保存しますか？</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>下書き保存</translation>
        </message>
        <message>
            <source>Not yet saved as final. Still to do:</source>
            <translation>まだ確定保存されていません。残りの項目：</translation>
        </message>
        <message>
            <source>New survey</source>
            <translation>新規調査票</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>final</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>調査票</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>履歴…</translation>
        </message>
        <message>
            <source>Save as draft (Ctrl+S)</source>
            <translation>下書き保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save as final (Ctrl+Shift+S)</source>
            <translation>確定保存（Ctrl+Shift+S）</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Ctrl+PgDown: next section; Ctrl+PgUp: previous</source>
            <translation>Ctrl+Enter または Ctrl+PgDown：次のセクション、Ctrl+PgUp：前のセクション</translation>
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
</TS>
