<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>The survey database could not be opened:

{error}

The file was left as it is. You can open another database file or create a new one.</source>
            <translation>无法打开调查数据库：

{error}

文件未作任何改动。您可以打开其他数据库文件，或新建一个。</translation>
        </message>
        <message>
            <source>Open another file…</source>
            <translation>打开其他文件…</translation>
        </message>
        <message>
            <source>Create a new database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>打开调查数据库</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新建调查数据库</translation>
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
            <translation>企业名录</translation>
        </message>
        <message>
            <source>Search companies (any language)…</source>
            <translation>搜索企业（任何语言）…</translation>
        </message>
        <message>
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>Japanese name</source>
            <translation>日文名称</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>调查数</translation>
        </message>
        <message>
            <source>Showing the first {n} companies; type part of a name to narrow.</source>
            <translation>仅显示前 {n} 家企业；输入名称的一部分以缩小范围。</translation>
        </message>
        <message>
            <source>{n} companies. Double-click one to list its surveys.</source>
            <translation>{n} 家企业。双击某家企业可列出其调查。</translation>
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
            <translation>意外错误</translation>
        </message>
        <message>
            <source>The details were written to {path}.</source>
            <translation>详细信息已写入 {path}。</translation>
        </message>
        <message>
            <source>Something went wrong. Your saved data is safe; the last action may not have finished. Please send the details below to support.</source>
            <translation>出现了问题。已保存的数据是安全的，但最后一个操作可能未完成。请将以下详细信息发送给技术支持。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
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
            <translation>全部城市</translation>
        </message>
        <message>
            <source>All analysts</source>
            <translation>全部调查员</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>Search company names (any language)…</source>
            <translation>搜索企业名称（任何语言）…</translation>
        </message>
        <message>
            <source>Finds a company by any of its names: Chinese, Japanese or English</source>
            <translation>可按中文、日文或英文的任一名称查找企业</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省份</translation>
        </message>
        <message>
            <source>All industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>定稿</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Show deleted surveys (select one and choose Restore)</source>
            <translation>显示已删除的调查（选中后选择“从回收站恢复”）</translation>
        </message>
        <message>
            <source>Show all companies</source>
            <translation>显示全部企业</translation>
        </message>
        <message>
            <source>Company: {name}</source>
            <translation>企业：{name}</translation>
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
            <translation>企业</translation>
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
            <translation>新建调查(&amp;N)</translation>
        </message>
        <message>
            <source>Enter a new survey</source>
            <translation>录入新的调查</translation>
        </message>
        <message>
            <source>&amp;Open survey</source>
            <translation>打开调查(&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected survey (Enter or double-click)</source>
            <translation>打开所选调查（回车或双击）</translation>
        </message>
        <message>
            <source>D&amp;uplicate as new</source>
            <translation>复制为新调查(&amp;U)</translation>
        </message>
        <message>
            <source>Start a new survey of the same company, pre-filled from the selected one</source>
            <translation>以所选调查预先填写，为同一企业开始新的调查</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Move the selected surveys to the trash</source>
            <translation>将所选调查移至回收站</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>撤销删除(&amp;U)</translation>
        </message>
        <message>
            <source>Bring back the surveys you deleted last</source>
            <translation>恢复最近删除的调查</translation>
        </message>
        <message>
            <source>&amp;Restore from trash</source>
            <translation>从回收站恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Bring the selected surveys back from the trash</source>
            <translation>将所选调查从回收站恢复</translation>
        </message>
        <message>
            <source>Delete &amp;permanently…</source>
            <translation>永久删除(&amp;P)…</translation>
        </message>
        <message>
            <source>Remove the selected surveys from the trash for good</source>
            <translation>从回收站中永久删除所选调查</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>回收站(&amp;T)</translation>
        </message>
        <message>
            <source>Show deleted surveys</source>
            <translation>显示已删除的调查</translation>
        </message>
        <message>
            <source>Company &amp;registry</source>
            <translation>企业名录(&amp;R)</translation>
        </message>
        <message>
            <source>Show or hide the company registry</source>
            <translation>显示或隐藏企业名录</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Import surveys from a spreadsheet or a survey package</source>
            <translation>从电子表格或调查数据包导入调查</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Export surveys to a spreadsheet or a survey package</source>
            <translation>将调查导出为电子表格或调查数据包</translation>
        </message>
        <message>
            <source>&amp;Print brief…</source>
            <translation>打印概况报告(&amp;P)…</translation>
        </message>
        <message>
            <source>Make a PDF province brief</source>
            <translation>生成省别概况报告 PDF</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>Back up the database or restore a backup</source>
            <translation>备份数据库或从备份恢复</translation>
        </message>
        <message>
            <source>Re&amp;ference data…</source>
            <translation>参考数据(&amp;F)…</translation>
        </message>
        <message>
            <source>Provinces, cities, industries and figures</source>
            <translation>省份、城市、行业和统计数据</translation>
        </message>
        <message>
            <source>Open &amp;database…</source>
            <translation>打开数据库(&amp;D)…</translation>
        </message>
        <message>
            <source>Open another survey database file</source>
            <translation>打开其他调查数据库文件</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>新建数据库(&amp;B)…</translation>
        </message>
        <message>
            <source>Create a new, empty survey database file</source>
            <translation>新建一个空的调查数据库文件</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Analyst name, language, database and brief options</source>
            <translation>调查员姓名、语言、数据库和报告选项</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Close Dongbei Survey Desk</source>
            <translation>关闭 Dongbei Survey Desk</translation>
        </message>
        <message>
            <source>Re&amp;load list</source>
            <translation>重新加载列表(&amp;L)</translation>
        </message>
        <message>
            <source>Read the survey list again from the database</source>
            <translation>从数据库重新读取调查列表</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>About Dongbei Survey Desk</source>
            <translation>关于 Dongbei Survey Desk</translation>
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
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>最近使用的数据库</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <source>{shown} shown · {surveys} surveys ({final} final, {draft} drafts) · {companies} companies · {trash} in trash</source>
            <translation>显示 {shown} 条 · 调查 {surveys} 份（定稿 {final}，草稿 {draft}）· 企业 {companies} 家 · 回收站 {trash} 份</translation>
        </message>
        <message>
            <source>Read-only: {reason}. You can look, search and print, but not change anything.</source>
            <translation>只读：{reason}。可以查看、搜索和打印，但不能修改。</translation>
        </message>
        <message>
            <source>The survey form is not available in this build.</source>
            <translation>此版本中无法使用调查表。</translation>
        </message>
        <message>
            <source>Duplicate as new</source>
            <translation>复制为新调查</translation>
        </message>
        <message>
            <source>Delete surveys</source>
            <translation>删除调查</translation>
        </message>
        <message numerus="yes">
            <source>Move %n survey(s) to the trash? You can undo this or restore them from the Trash view.</source>
            <translation>
                <numerusform>将 %n 份调查移至回收站？可以撤销，也可以从回收站恢复。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n survey(s) to the trash.</source>
            <translation>
                <numerusform>已将 %n 份调查移至回收站。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n survey(s) from the trash.</source>
            <translation>
                <numerusform>已从回收站恢复 %n 份调查。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>永久删除</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n survey(s) for good? This cannot be undone (the audit trail is kept).</source>
            <translation>
                <numerusform>永久删除 %n 份调查？此操作无法撤销（审计记录会保留）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not change the survey</source>
            <translation>无法修改调查</translation>
        </message>
        <message>
            <source>This feature is not available in this build yet.</source>
            <translation>此版本中尚无法使用该功能。</translation>
        </message>
        <message>
            <source>About Dongbei Survey Desk</source>
            <translation>关于 Dongbei Survey Desk</translation>
        </message>
        <message>
            <source>Dongbei Survey Desk {version}
Survey entry and province briefs on Japanese-affiliated companies in Northeast China.</source>
            <translation>Dongbei Survey Desk {version}
东北地区日资企业调查录入与省别概况报告。</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>打开调查数据库</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新建调查数据库</translation>
        </message>
        <message>
            <source>{path} already exists and was left as it is. Choose another name, or open it with Open database….</source>
            <translation>{path} 已存在，未作改动。请选择其他名称，或通过“打开数据库…”打开它。</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Close the open survey forms before switching databases.</source>
            <translation>切换数据库之前，请先关闭已打开的调查表。</translation>
        </message>
        <message>
            <source>Could not open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>已打开 {path}</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
        <message>
            <source>Added {n} fictional sample surveys.</source>
            <translation>已添加 {n} 份虚构的示例调查。</translation>
        </message>
        <message>
            <source>Adding fictional sample surveys…</source>
            <translation>正在添加虚构的示例调查…</translation>
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
            <translation>设置</translation>
        </message>
        <message>
            <source>You</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Analyst name:</source>
            <translation>调查员姓名：</translation>
        </message>
        <message>
            <source>Recorded with every change you make</source>
            <translation>会随每次修改一同记录</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <source>Open existing…</source>
            <translation>打开现有文件…</translation>
        </message>
        <message>
            <source>New database…</source>
            <translation>新建数据库…</translation>
        </message>
        <message>
            <source>Recent files (double-click to open):</source>
            <translation>最近使用的文件（双击打开）：</translation>
        </message>
        <message>
            <source>Default brief options</source>
            <translation>报告默认选项</translation>
        </message>
        <message>
            <source>Language of the brief:</source>
            <translation>报告语言：</translation>
        </message>
        <message>
            <source>Final surveys only (leave drafts out)</source>
            <translation>仅定稿调查（不含草稿）</translation>
        </message>
        <message>
            <source>Include the appendix of surveyed companies (confidential)</source>
            <translation>包含受访企业名单附录（保密）</translation>
        </message>
        <message>
            <source>Suppress figures based on fewer than (companies):</source>
            <translation>少于以下企业数的数据不予显示：</translation>
        </message>
        <message>
            <source>Open a survey database</source>
            <translation>打开调查数据库</translation>
        </message>
        <message>
            <source>New survey database</source>
            <translation>新建调查数据库</translation>
        </message>
        <message>
            <source>{path} already exists; it was not replaced. Use Open existing… to open it.</source>
            <translation>{path} 已存在，未被替换。请使用“打开现有文件…”打开它。</translation>
        </message>
        <message>
            <source>The name cannot contain control characters.</source>
            <translation>姓名不能包含控制字符。</translation>
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
            <translation>定稿</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Interview date</source>
            <translation>访谈日期</translation>
        </message>
        <message>
            <source>Reference year</source>
            <translation>参考年度</translation>
        </message>
        <message>
            <source>Analyst</source>
            <translation>调查员</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Dongbei Survey Desk</source>
            <translation>欢迎使用 Dongbei Survey Desk</translation>
        </message>
        <message>
            <source>This database has no surveys yet. Key in the surveys of Japanese-affiliated companies in Liaoning, Jilin and Heilongjiang, then print province briefs.</source>
            <translation>此数据库中还没有调查。请录入辽宁、吉林、黑龙江日资企业的调查，然后打印省别概况报告。</translation>
        </message>
        <message>
            <source>Start entering surveys</source>
            <translation>开始录入调查</translation>
        </message>
        <message>
            <source>Open another database…</source>
            <translation>打开其他数据库…</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>使用示例数据体验</translation>
        </message>
        <message>
            <source>Sample data adds 300 fictional surveys, clearly marked as demo, to this database.</source>
            <translation>示例数据会向此数据库添加 300 份明确标为演示的虚构调查。</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
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
