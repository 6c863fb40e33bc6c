using Volunteers.Core.Town;
using System.Data.Common;
using Volunteers.Core.Audit;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Exports;

/// <summary>
/// Volunteers from a sheet, checked row by row with the rules of the API. A dry run only reports; the import writes
/// every valid row in one transaction, or nothing when any row is wrong. Rows matching a registered volunteer are skipped.
/// </summary>
public sealed class ImportCommands(Database db, PersonalDataProtector protector, VolunteerRules rules, VolunteerCommands volunteers, TimeProvider clock)
{
    public ImportReport Run(Caller caller, byte[] file, bool dryRun, IdempotencyKey? key)
    {
        if (file.LongLength > ImportLayout.MaxBytes)
            throw DomainException.TooLarge("file", Text.T($"文件不能超过 {ImportLayout.MaxBytes / 1024 / 1024} MB", $"The file may be at most {ImportLayout.MaxBytes / 1024 / 1024} MB"));
        var rows = SheetReader.Read(file, ImportLayout.MaxRows);
        if (rows.Count == 0) throw DomainException.Invalid("file", Text.T("文件是空的", "The file is empty"));
        if (rows.Count - 1 > ImportLayout.MaxRows)
            throw DomainException.TooLarge("file", Text.T($"一次最多导入 {ImportLayout.MaxRows} 行，请分成几个文件", $"At most {ImportLayout.MaxRows} rows per import; split the file"));
        var columns = ImportColumns.Locate(rows[0]);

        if (dryRun)
            return db.Read(c =>
            {
                using var t = c.BeginTransaction();
                return Check(c, t, caller, columns, rows).Report(dryRun: true, []);
            });
        return db.WriteOnce(key, (c, t) =>
        {
            var plan = Check(c, t, caller, columns, rows);
            if (plan.Errors.Count > 0)
                throw DomainException.Invalid(plan.Errors.Select(e => new FieldError($"rows[{e.Row}].{e.Field}", e.Message)).ToList());
            var now = clock.GetUtcNow();
            var created = plan.Valid.Select(v =>
            {
                var (id, number) = volunteers.Insert(c, t, caller, v.Record, new NewVolunteer(v.Input, Statuses.Active, Sources.Import, null), now);
                return new ImportedVolunteer(v.Row, id, number, v.Record.Name);
            }).ToList();
            AuditLog.Write(c, t, TownQueries.Resolve(c, t, caller, null), caller, "volunteer.import", "volunteer", null, new { created = created.Count, duplicates = plan.Duplicates.Count });
            return plan.Report(dryRun: false, created);
        }, clock);
    }

    private Plan Check(DbConnection c, DbTransaction t, Caller caller, ImportColumns columns, List<SheetRow> rows)
    {
        // One town's sheet: codes and names are unique within a town, not across the district.
        var town = TownQueries.Resolve(c, t, caller, null);
        var points = c.Query<(long Id, string Code, string Name)>("SELECT id, code, name FROM learning_points WHERE town_id = @town", new { town }, t).ToList();
        var plan = new Plan(rows.Count - 1);
        var mobiles = new Dictionary<string, int>();
        var ids = new Dictionary<string, int>();
        foreach (var row in rows.Skip(1))
        {
            var errors = new List<ImportError>();
            var input = columns.Input(row, caller, points, errors);
            var result = rules.Validate(input);
            foreach (var e in result.Errors)
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName);
                if (errors.All(x => x.Field != field)) errors.Add(new(row.Number, ImportLayout.HeaderOf(field), field, e.ErrorMessage));
            }
            if (errors.Count > 0) { plan.Errors.AddRange(errors.Select(Located)); continue; }

            var record = VolunteerRecord.From(input, protector);
            if ((SeenBefore(mobiles, record.Mobile, row, "mobile") ?? SeenBefore(ids, record.IdNumberHash, row, "idNumber")) is { } twice)
            {
                plan.Errors.Add(Located(twice));
                continue;
            }
            if (Duplicates.Find(c, t, record, exceptId: null) is { } clash)
            {
                var number = caller.CanReach(clash.LearningPointId) ? clash.VolunteerNo : null;
                var what = clash.Field == "mobile" ? "手机号码" : "身份证号码";
                plan.Duplicates.Add(new(row.Number, what, number, Text.T(
                    $"第 {row.Number} 行：{what}与已登记的志愿者{(number is null ? "" : " " + number + " ")}相同，未导入",
                    $"Row {row.Number}: the {(clash.Field == "mobile" ? "mobile" : "ID number")} matches a registered volunteer{(number is null ? "" : " " + number)}; skipped")));
                continue;
            }
            plan.Valid.Add(new ValidRow(row.Number, input, record));
        }
        return plan;
    }

    private static ImportError Located(ImportError e) =>
        e with { Message = Text.T($"第 {e.Row} 行“{e.Column}”：{e.Message}", $"Row {e.Row}, {e.Column}: {e.Message}") };

    private static ImportError? SeenBefore(Dictionary<string, int> seen, string? value, SheetRow row, string field)
    {
        if (value is null) return null;
        if (seen.TryGetValue(value, out var first))
            return new(row.Number, ImportLayout.HeaderOf(field), field, Text.T($"与第 {first} 行重复", $"repeats row {first}"));
        seen[value] = row.Number;
        return null;
    }

    private sealed record ValidRow(int Row, VolunteerInput Input, VolunteerRecord Record);

    private sealed class Plan(int rows)
    {
        public List<ImportError> Errors { get; } = [];
        public List<ImportDuplicate> Duplicates { get; } = [];
        public List<ValidRow> Valid { get; } = [];

        public ImportReport Report(bool dryRun, IReadOnlyList<ImportedVolunteer> created) =>
            new(dryRun, rows, Valid.Count, created.Count, Errors, Duplicates, created);
    }
}
