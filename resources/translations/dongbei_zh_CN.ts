<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Add to {0}</source>
            <translation>添加到{0}</translation>
        </message>
        <message>
            <source>Edit {0} {1}</source>
            <translation>编辑{0} {1}</translation>
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
        <message>
            <source>the integrity check found damage ({error})</source>
            <translation>完整性检查发现损坏（{error}）</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The integrity check of {path} found damage:

{error}

The database is now open read-only so that nothing more is written to it. Restore the latest good backup with File ▸ Backups….</source>
            <translation>{path} 的完整性检查发现损坏：

{error}

数据库现以只读方式打开，不会再写入任何内容。请通过“文件 ▸ 备份…”恢复最近的完好备份。</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backups of {db} are kept in {folder}. One is made each day the database is opened, before every upgrade, import and merge, and whenever you click Back up now.</source>
            <translation>{db} 的备份保存在 {folder}。每天首次打开数据库时、每次升级、导入和合并之前，以及点击“立即备份”时都会创建备份。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>问卷数</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore selected…</source>
            <translation>恢复所选…</translation>
        </message>
        <message>
            <source>Keep the most recent backups:</source>
            <translation>保留最近的备份数:</translation>
        </message>
        <message>
            <source>Also keep one a day for (days):</source>
            <translation>另每天保留一份（天数）:</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>合并前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written and checked: {path}</source>
            <translation>备份已写入并检查: {path}</translation>
        </message>
        <message>
            <source>Nothing was changed: {error}</source>
            <translation>未做任何更改: {error}</translation>
        </message>
        <message>
            <source>Replace the whole database with the backup of {when} ({count} surveys)? Everything saved since then will be replaced; the current content is backed up first, so this can be undone.</source>
            <translation>要用 {when} 的备份（{count} 份问卷）替换整个数据库吗？此后保存的内容将被替换；当前内容会先备份，因此可以撤销。</translation>
        </message>
        <message>
            <source>Warning: the database is also open in: {who}. Close it there first.</source>
            <translation>警告: 该数据库也在 {who} 中打开。请先在那里关闭。</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Nothing was restored: {error}</source>
            <translation>未恢复任何内容: {error}</translation>
        </message>
        <message>
            <source>Restored. The previous content was kept as {path}.</source>
            <translation>已恢复。之前的内容已保存为 {path}。</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <source>Province briefs</source>
            <translation>省别简报</translation>
        </message>
        <message>
            <source>Overview of the three provinces</source>
            <translation>东北三省概况</translation>
        </message>
        <message>
            <source>All: three province briefs and the overview</source>
            <translation>全部：三省简报及概况</translation>
        </message>
        <message>
            <source>All years (latest survey of each company)</source>
            <translation>全部年度（各企业最新调查）</translation>
        </message>
        <message>
            <source>Include draft surveys</source>
            <translation>包含草稿调查</translation>
        </message>
        <message>
            <source>Appendix listing surveyed companies (confidential)</source>
            <translation>附录列出受访企业（保密）</translation>
        </message>
        <message>
            <source> companies</source>
            <translation> 家企业</translation>
        </message>
        <message>
            <source>Figures resting on fewer companies are printed as a dash</source>
            <translation>基于少于此数企业的数据以“–”显示</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Reference year</source>
            <translation>参考年度</translation>
        </message>
        <message>
            <source>Suppress figures below</source>
            <translation>数据隐藏阈值</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>Ready: {n} PDF file(s). Open it, or Save As to keep it.</source>
            <translation>完成：{n} 个 PDF 文件。可打开，或用“另存为”保存。</translation>
        </message>
        <message>
            <source>The brief could not be made: {error}</source>
            <translation>无法生成简报：{error}</translation>
        </message>
        <message>
            <source>Save the briefs in folder</source>
            <translation>保存简报的文件夹</translation>
        </message>
        <message>
            <source>Save brief</source>
            <translation>保存简报</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} 不是文件夹</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>文件夹 {path} 不存在</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <source>Saved {files}</source>
            <translation>已保存 {files}</translation>
        </message>
    </context>
    <context>
        <name>CompanyPicker</name>
        <message>
            <source>No company matches; type the new company's names below</source>
            <translation>没有匹配的企业；请在下方输入新企业名称</translation>
        </message>
        <message>
            <source>Possible duplicate: {name} is already in the database. Use it?</source>
            <translation>可能重复：{name} 已在数据库中。使用该企业吗？</translation>
        </message>
        <message>
            <source>Existing company: {name}</source>
            <translation>已有企业：{name}</translation>
        </message>
        <message>
            <source>New company: type its names below, or find an existing one</source>
            <translation>新企业：请在下方输入名称，或查找已有企业</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>企业：</translation>
        </message>
        <message>
            <source>Find an existing company (any name, any script)…</source>
            <translation>查找已有企业（任意名称、任意文字）…</translation>
        </message>
        <message>
            <source>New company instead</source>
            <translation>改为新企业</translation>
        </message>
        <message>
            <source>Use this company</source>
            <translation>使用该企业</translation>
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
            <translation>此调查在您打开后（版本 {expected}）已在其他地方被保存（当前版本 {actual}）。没有覆盖任何内容，您的修改仍保留在此处和自动保存的草稿中。请重新载入已保存的版本（此处的修改将被丢弃），或将您的版本另存为新副本。</translation>
        </message>
        <message>
            <source>Reload stored version…</source>
            <translation>重新载入已保存版本…</translation>
        </message>
        <message>
            <source>Save mine as a copy</source>
            <translation>将我的版本另存为副本</translation>
        </message>
    </context>
    <context>
        <name>DatabaseControl</name>
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
            <source>Reopened {path} after the restore</source>
            <translation>恢复后已重新打开 {path}</translation>
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
        <name>DatePage</name>
        <message>
            <source>Dates and status</source>
            <translation>日期与状态</translation>
        </message>
        <message>
            <source>How are dates written? With 'automatic', dates like 03/04/2025 whose day and month could be swapped are reported, never guessed.</source>
            <translation>日期如何书写？选择“自动”时，像 03/04/2025 这样日、月可能颠倒的日期会被报告，绝不猜测。</translation>
        </message>
        <message>
            <source>automatic (unambiguous dates only)</source>
            <translation>自动（仅限无歧义的日期）</translation>
        </message>
        <message>
            <source>from the status column, else final</source>
            <translation>按状态列（无则为最终）</translation>
        </message>
        <message>
            <source>final (all required answers)</source>
            <translation>最终（全部必填项）</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Date format:</source>
            <translation>日期格式：</translation>
        </message>
        <message>
            <source>Save surveys as:</source>
            <translation>调查保存为：</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>文件中的值</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>读取结果</translation>
        </message>
    </context>
    <context>
        <name>EncodingPage</name>
        <message>
            <source>Encoding and preview</source>
            <translation>编码与预览</translation>
        </message>
        <message>
            <source>Check that names in Chinese and Japanese read correctly; if not, choose another encoding.</source>
            <translation>请确认中文和日文名称显示正确；如有乱码，请选择其他编码。</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>(workbook: no encoding)</source>
            <translation>（工作簿：无需编码）</translation>
        </message>
        <message>
            <source>%1 (detected)</source>
            <translation>%1（自动检测）</translation>
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
        <name>ExportDialog</name>
        <message>
            <source>Export surveys</source>
            <translation>导出调查</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel 工作簿 (.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (.csv) and codebook</source>
            <translation>CSV 文件 (.csv) 及代码表</translation>
        </message>
        <message>
            <source>Survey package for another analyst</source>
            <translation>交给其他调查员的调查包</translation>
        </message>
        <message>
            <source>Answers as labels (not codes)</source>
            <translation>以标签输出回答（而非代码）</translation>
        </message>
        <message>
            <source>Include the codebook</source>
            <translation>包含代码表</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省份</translation>
        </message>
        <message>
            <source>Final and draft</source>
            <translation>最终和草稿</translation>
        </message>
        <message>
            <source>Final only</source>
            <translation>仅最终</translation>
        </message>
        <message>
            <source>Drafts only</source>
            <translation>仅草稿</translation>
        </message>
        <message>
            <source>any year</source>
            <translation>任意年份</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>省份：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Reference year:</source>
            <translation>调查年度：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The reference year must be a number, like 2025.</source>
            <translation>调查年度须为数字，如 2025。</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>请选择要导出到的文件。</translation>
        </message>
        <message>
            <source>No survey matches these filters.</source>
            <translation>没有符合这些条件的调查。</translation>
        </message>
        <message>
            <source>Exporting %1 surveys…</source>
            <translation>正在导出 %1 份调查…</translation>
        </message>
        <message>
            <source>Exported %1 surveys to %2</source>
            <translation>已将 %1 份调查导出到 %2</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>未导出任何内容：%1</translation>
        </message>
    </context>
    <context>
        <name>FigureImportDialog</name>
        <message>
            <source>Import reference figures</source>
            <translation>导入参考数据</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>未选择文件。</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>文件列</translation>
        </message>
        <message>
            <source>Figure column</source>
            <translation>数据列</translation>
        </message>
        <message>
            <source>Accept new units</source>
            <translation>接受新单位</translation>
        </message>
        <message>
            <source>Check (dry run)</source>
            <translation>检查（试运行）</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Figures file</source>
            <translation>数据文件</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>表格 (*.csv *.tsv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>{0} ({1}, first {2} rows shown)</source>
            <translation>{0}（{1}，显示前 {2} 行）</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>（忽略）</translation>
        </message>
        <message>
            <source>Columns without a match: {0}</source>
            <translation>没有对应的列：{0}</translation>
        </message>
        <message>
            <source>All required columns found. Check first, then import.</source>
            <translation>已找到所有必需的列。请先检查，再导入。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>未导入任何数据。</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>A CSV or XLSX file of surveys, one survey per row, with a header row.</source>
            <translation>调查的 CSV 或 XLSX 文件（每行一份调查，含标题行）。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Import surveys</source>
            <translation>导入调查</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>表格 (*.csv *.tsv *.txt *.xlsx)</translation>
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
        <name>FormField</name>
        <message>
            <source>{n} of at most {max} chosen</source>
            <translation>已选 {n} 项（最多 {max} 项）</translation>
        </message>
        <message>
            <source>{n} chosen</source>
            <translation>已选 {n} 项</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move the chosen answer up (Alt+Up)</source>
            <translation>将所选答案上移（Alt+↑）</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the chosen answer down (Alt+Down)</source>
            <translation>将所选答案下移（Alt+↓）</translation>
        </message>
        <message>
            <source>YYYY</source>
            <translation>YYYY</translation>
        </message>
        <message>
            <source>Pick a date from a calendar</source>
            <translation>从日历中选择日期</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>(all answers)</source>
            <translation>（全部回答）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>final</source>
            <translation>最终</translation>
        </message>
        <message>
            <source>Survey history</source>
            <translation>调查历史</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>moved to trash</source>
            <translation>移至回收站</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>purged</source>
            <translation>彻底删除</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>调查</translation>
        </message>
        <message>
            <source>{n} answers</source>
            <translation>{n} 项回答</translation>
        </message>
        <message>
            <source>{n} changes recorded; times are local.</source>
            <translation>共记录 {n} 项更改；时间为本地时间。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import surveys</source>
            <translation>导入调查</translation>
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
            <source>Import surveys from a CSV or Excel spreadsheet</source>
            <translation>从 CSV 或 Excel 表格导入调查</translation>
        </message>
        <message>
            <source>&amp;Merge a package or database…</source>
            <translation>合并数据包或数据库(&amp;M)…</translation>
        </message>
        <message>
            <source>Merge another analyst's survey package or database into this one</source>
            <translation>将其他调查员的调查数据包或数据库合并到本数据库</translation>
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
            <source>The survey form is not available in this build.</source>
            <translation>此版本中无法使用调查表。</translation>
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
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Columns are matched by question id or by their English, Japanese or Chinese label. Choose a question for the others, or ignore them.</source>
            <translation>列按问题 ID 或英文、日文、中文标签匹配。其余的列请选择对应问题，或忽略。</translation>
        </message>
        <message>
            <source>(ignore this column)</source>
            <translation>（忽略此列）</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>第一个值</translation>
        </message>
        <message>
            <source>Several columns are mapped to the same question: %1</source>
            <translation>多个列对应到同一问题：%1</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge surveys from another analyst</source>
            <translation>合并其他调查员的调查</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Choose a survey package or a database file, then Compare.</source>
            <translation>请选择调查包或数据库文件，然后点击“比较”。</translation>
        </message>
        <message>
            <source>Their company</source>
            <translation>对方的企业</translation>
        </message>
        <message>
            <source>Looks like, here</source>
            <translation>本库中的相似企业</translation>
        </message>
        <message>
            <source>Same company</source>
            <translation>同一企业</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>全部保留我的</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>全部采用对方的</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Companies that may already be here:</source>
            <translation>可能已在本库中的企业：</translation>
        </message>
        <message>
            <source>Surveys and companies changed on both sides:</source>
            <translation>双方都有修改的调查和企业：</translation>
        </message>
        <message>
            <source>Merge from</source>
            <translation>合并来源</translation>
        </message>
        <message>
            <source>Survey packages and databases (*.dongbei *.sqlite *.db);;All files (*)</source>
            <translation>调查包和数据库 (*.dongbei *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>比较中…</translation>
        </message>
        <message>
            <source>%1 new surveys, %2 new companies, %3 updates, %4 conflicts, %5 unchanged.</source>
            <translation>新调查 %1 份，新企业 %2 家，更新 %3 项，冲突 %4 项，未变 %5 项。</translation>
        </message>
        <message>
            <source>Nothing to merge: this database already has all of it.</source>
            <translation>无需合并：本数据库已包含全部内容。</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>保留我的</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>采用对方的</translation>
        </message>
        <message>
            <source>%1 fields still to choose.</source>
            <translation>还有 %1 个字段待选择。</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>合并中…</translation>
        </message>
        <message>
            <source>Merged: %1 surveys added, %2 updated, %3 conflicts resolved.</source>
            <translation>合并完成：新增调查 %1 份，更新 %2 项，解决冲突 %3 项。</translation>
        </message>
        <message>
            <source>Nothing was merged: %1</source>
            <translation>未合并任何内容：%1</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>(no company name yet)</source>
            <translation>（尚未填写企业名称）</translation>
        </message>
        <message>
            <source>changes to a saved survey</source>
            <translation>对已保存调查的修改</translation>
        </message>
        <message>
            <source>new survey</source>
            <translation>新调查</translation>
        </message>
        <message>
            <source>Restore unsaved surveys</source>
            <translation>恢复未保存的调查</translation>
        </message>
        <message>
            <source>{n} survey forms were not saved when the app last closed. Restore them?</source>
            <translation>上次关闭应用时有 {n} 份调查表未保存。要恢复吗？</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Ask me later</source>
            <translation>稍后再问</translation>
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
            <translation>代码</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>省会</translation>
        </message>
        <message>
            <source>Population (m)</source>
            <translation>人口（百万）</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>GDP (CNY bn)</source>
            <translation>GDP（十亿元）</translation>
        </message>
        <message>
            <source>GDP year</source>
            <translation>GDP年份</translation>
        </message>
        <message>
            <source>Area (km²)</source>
            <translation>面积（km²）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>GDP来源</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称（英文）</translation>
        </message>
        <message>
            <source>Name (Japanese)</source>
            <translation>名称（日文）</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>名称（中文）</translation>
        </message>
        <message>
            <source>Capital city code</source>
            <translation>省会城市代码</translation>
        </message>
        <message>
            <source>Population (million)</source>
            <translation>人口（百万）</translation>
        </message>
        <message>
            <source>Population year</source>
            <translation>人口年份</translation>
        </message>
        <message>
            <source>Population source</source>
            <translation>人口来源</translation>
        </message>
        <message>
            <source>Area source</source>
            <translation>面积来源</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Population 2023 (10k)</source>
            <translation>2023年人口（万人）</translation>
        </message>
        <message>
            <source>Japanese name</source>
            <translation>日文名称</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Code (GB/T 2260, 4 digits)</source>
            <translation>代码（GB/T 2260，4位）</translation>
        </message>
        <message>
            <source>Division type</source>
            <translation>行政区划类型</translation>
        </message>
        <message>
            <source>Provincial capital</source>
            <translation>省会</translation>
        </message>
        <message>
            <source>Sub-provincial</source>
            <translation>副省级</translation>
        </message>
        <message>
            <source>Population 2023 (10,000)</source>
            <translation>2023年人口（万人）</translation>
        </message>
        <message>
            <source>Japanese name status</source>
            <translation>日文名称状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Industries</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Label (English)</source>
            <translation>名称（英文）</translation>
        </message>
        <message>
            <source>Label (Japanese)</source>
            <translation>名称（日文）</translation>
        </message>
        <message>
            <source>Label (Chinese)</source>
            <translation>名称（中文）</translation>
        </message>
        <message>
            <source>Development zones</source>
            <translation>开发区</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>种类</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>ID (slug)</source>
            <translation>ID（英文标识）</translation>
        </message>
        <message>
            <source>Reference figures</source>
            <translation>参考数据</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Kind of count</source>
            <translation>统计口径</translation>
        </message>
        <message>
            <source>Source URL</source>
            <translation>来源网址</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Indicator (snake_case)</source>
            <translation>指标（snake_case）</translation>
        </message>
        <message>
            <source>Indicator label (English)</source>
            <translation>指标名称（英文）</translation>
        </message>
        <message>
            <source>This is a new unit</source>
            <translation>这是新单位</translation>
        </message>
        <message>
            <source>Source name</source>
            <translation>来源名称</translation>
        </message>
        <message>
            <source>Add to {0}</source>
            <translation>添加到{0}</translation>
        </message>
        <message>
            <source>Edit {0} {1}</source>
            <translation>编辑{0} {1}</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>ReferenceTab</name>
        <message>
            <source>Filter (any column, any language)…</source>
            <translation>筛选（任意列、任意语言）…</translation>
        </message>
        <message>
            <source>Show retired</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>历史…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出CSV…</translation>
        </message>
        <message>
            <source>{0} rows ({1} retired)</source>
            <translation>{0} 行（已停用 {1}）</translation>
        </message>
        <message>
            <source>Select a row first.</source>
            <translation>请先选择一行。</translation>
        </message>
        <message>
            <source>NE3 (the three provinces)</source>
            <translation>NE3（东北三省）</translation>
        </message>
        <message>
            <source>CN (China)</source>
            <translation>CN（中国）</translation>
        </message>
        <message>
            <source>(not a firm count)</source>
            <translation>（非企业数）</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>已保存 {0}。</translation>
        </message>
        <message>
            <source>Retired {0}.</source>
            <translation>已停用 {0}。</translation>
        </message>
        <message>
            <source>Restored {0}.</source>
            <translation>已恢复 {0}。</translation>
        </message>
        <message>
            <source>History of {0}</source>
            <translation>{0} 的历史</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>{0} changes</source>
            <translation>{0} 项更改</translation>
        </message>
        <message>
            <source>No changes recorded since the reference data was loaded.</source>
            <translation>自载入参考数据以来没有记录任何更改。</translation>
        </message>
        <message>
            <source>Export reference figures</source>
            <translation>导出参考数据</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV文件 (*.csv)</translation>
        </message>
        <message>
            <source>Wrote {0} figures to {1}.</source>
            <translation>已将 {0} 条数据写入 {1}。</translation>
        </message>
    </context>
    <context>
        <name>ReferenceWindow</name>
        <message>
            <source>Reference data</source>
            <translation>参考数据</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>省</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Industries</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Development zones</source>
            <translation>开发区</translation>
        </message>
        <message>
            <source>Reference figures</source>
            <translation>参考数据</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Check (dry run)</source>
            <translation>检查（试运行）</translation>
        </message>
        <message>
            <source>Every row was checked; nothing has been written yet.</source>
            <translation>已检查所有行；尚未写入任何内容。</translation>
        </message>
        <message>
            <source>Save report as CSV…</source>
            <translation>将报告保存为 CSV…</translation>
        </message>
        <message>
            <source>Import only if every row is valid</source>
            <translation>仅当所有行都有效时才导入</translation>
        </message>
        <message>
            <source>Import the valid rows, skip the others</source>
            <translation>导入有效的行，跳过其他行</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>%1 rows: %2 new and valid, %3 with problems, %4 already in the database; %5 new companies.</source>
            <translation>共 %1 行：新增且有效 %2 行，有问题 %3 行，已在数据库中 %4 行；新企业 %5 家。</translation>
        </message>
        <message>
            <source>The file cannot be imported: %1</source>
            <translation>无法导入此文件：%1</translation>
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
            <translation>值</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>保存报告</translation>
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
            <translation>导入</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>导入中…</translation>
        </message>
        <message>
            <source>Imported %1 surveys and %2 new companies.</source>
            <translation>已导入 %1 份调查和 %2 家新企业。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Total: {total}% / {target}%</source>
            <translation>合计：{total}% / {target}%</translation>
        </message>
        <message>
            <source>({n} of {m} answered)</source>
            <translation>（{m} 项中已答 {n} 项）</translation>
        </message>
        <message>
            <source>* required for a final survey</source>
            <translation>* 最终保存时必填</translation>
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
        <name>StoreWatch</name>
        <message>
            <source>Read-only: {reason}. You can look, search and print, but not change anything.</source>
            <translation>只读：{reason}。可以查看、搜索和打印，但不能修改。</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>This database is also open in another copy of the app: {who}. Edits of the same survey are never overwritten silently, but you may be asked to reload.</source>
            <translation>此数据库也在另一个程序副本中打开：{who}。同一调查的修改不会被悄悄覆盖，但可能会提示您重新加载。</translation>
        </message>
    </context>
    <context>
        <name>SurveyChanges</name>
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
    </context>
    <context>
        <name>SurveyFormWindow</name>
        <message>
            <source>Reload stored version</source>
            <translation>重新载入已保存版本</translation>
        </message>
        <message>
            <source>Drop the edits in this form and show the version stored in the database?</source>
            <translation>丢弃此表中的修改并显示数据库中保存的版本吗？</translation>
        </message>
        <message>
            <source>Saved as draft, except fields with problems (kept in this form and its autosaved draft): {fields}</source>
            <translation>已保存为草稿，有问题的字段除外（仍保留在此表和自动保存的草稿中）：{fields}</translation>
        </message>
        <message>
            <source>Not saved as final. Still to do:</source>
            <translation>未能最终保存。还需完成：</translation>
        </message>
        <message>
            <source>Not saved as final: {n} answers are missing or wrong</source>
            <translation>未能最终保存：{n} 项回答缺失或有误</translation>
        </message>
        <message>
            <source>Name the company (Chinese name) or choose an existing company before saving; your entries are kept in the autosaved draft.</source>
            <translation>保存前请填写企业名称（中文）或选择已有企业；您输入的内容保留在自动保存的草稿中。</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>未保存：</translation>
        </message>
        <message>
            <source>Not saved: the survey was changed elsewhere</source>
            <translation>未保存：该调查已在其他地方被修改</translation>
        </message>
        <message>
            <source>Saved as final at {time}</source>
            <translation>已于 {time} 最终保存</translation>
        </message>
        <message>
            <source>Saved as draft at {time}</source>
            <translation>已于 {time} 保存为草稿</translation>
        </message>
        <message>
            <source>No history yet: the survey has not been saved</source>
            <translation>暂无历史：该调查尚未保存</translation>
        </message>
        <message>
            <source>Autosave failed: {error}</source>
            <translation>自动保存失败：{error}</translation>
        </message>
        <message>
            <source>Draft autosaved</source>
            <translation>草稿已自动保存</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>This survey has changes that are not saved. Save them as a draft?</source>
            <translation>此调查有未保存的更改。要保存为草稿吗？</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Not yet saved as final. Still to do:</source>
            <translation>尚未最终保存。还需完成：</translation>
        </message>
        <message>
            <source>New survey</source>
            <translation>新调查</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>final</source>
            <translation>最终</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>调查表</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>历史…</translation>
        </message>
        <message>
            <source>Save as draft (Ctrl+S)</source>
            <translation>保存为草稿（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save as final (Ctrl+Shift+S)</source>
            <translation>最终保存（Ctrl+Shift+S）</translation>
        </message>
        <message>
            <source>Ctrl+Enter or Ctrl+PgDown: next section; Ctrl+PgUp: previous</source>
            <translation>Ctrl+Enter 或 Ctrl+PgDown：下一部分；Ctrl+PgUp：上一部分</translation>
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
</TS>
