using System.Data.Common;
using System.Globalization;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;

namespace Volunteers.Core.Town;

public sealed class TownCommands(Database db, TownQueries towns, TimeProvider clock)
{
    public TownSettings Create(Caller caller, TownInput input)
    {
        var code = input.Code ?? throw DomainException.Invalid("code", Text.T("请填写镇（街道）编码", "Enter the town's code"));
        var settings = new Columns(code, input.Name, input.ResidentPopulation, Ratio(input.TargetRatio),
            input.VolunteerNoPrefix ?? code, input.Issuer ?? input.Name + "社区教育学校",
            input.CertificateNumberFormat ?? input.Name + "社教〔{0}〕第{1:000}号", input.ProofNumberFormat ?? input.Name + "志证〔{0}〕第{1:0000}号",
            clock.GetUtcNow());
        Check(settings);
        var id = db.Write((c, t) =>
        {
            EnsureFree(c, t, settings, exceptId: null);
            var townId = c.ExecuteScalar<long>("""
                INSERT INTO towns (code, name, resident_population, target_ratio, volunteer_no_prefix, issuer, certificate_number_format,
                                   proof_number_format, created_at, updated_at)
                VALUES (@Code, @Name, @ResidentPopulation, @TargetRatio, @VolunteerNoPrefix, @Issuer, @CertificateNumberFormat,
                        @ProofNumberFormat, @Now, @Now)
                RETURNING id
                """, settings, t);
            AuditLog.Write(c, t, null, caller, "town.create", "town", townId, settings.Detail);
            return townId;
        });
        return towns.Get(id);
    }

    public TownSettings Update(Caller caller, long? townId, TownInput input)
    {
        var current = towns.Get(caller, townId);
        var settings = new Columns(input.Code ?? current.Code, input.Name, input.ResidentPopulation, Ratio(input.TargetRatio),
            input.VolunteerNoPrefix ?? current.VolunteerNoPrefix, input.Issuer ?? current.Issuer,
            input.CertificateNumberFormat ?? current.CertificateNumberFormat, input.ProofNumberFormat ?? current.ProofNumberFormat, clock.GetUtcNow());
        Check(settings);
        db.Write((c, t) =>
        {
            EnsureFree(c, t, settings, exceptId: current.Id);
            AuditLog.Write(c, t, current.Id, caller, "town.update", "town", current.Id, settings.Detail);
            c.Execute("""
                UPDATE towns SET code = @Code, name = @Name, resident_population = @ResidentPopulation, target_ratio = @TargetRatio,
                                 volunteer_no_prefix = @VolunteerNoPrefix, issuer = @Issuer, certificate_number_format = @CertificateNumberFormat,
                                 proof_number_format = @ProofNumberFormat, updated_at = @Now
                WHERE id = @id
                """, Parameters.Of(settings, new { id = current.Id }), t);
        });
        return towns.Get(current.Id);
    }

    /// <summary>
    /// A database made before towns existed kept its numbering and issuer in the configuration: the first start that makes
    /// it a district gives them to its one town, so its numbers go on as they read.
    /// </summary>
    public void AdoptConfigured(NumberingSettings numbering, string issuer) => db.Write((c, t) => c.Execute("""
        UPDATE towns SET volunteer_no_prefix = @VolunteerPrefix, certificate_number_format = @CertificateFormat,
                         proof_number_format = @ProofFormat, issuer = @issuer
        WHERE id = 1
        """, Parameters.Of(numbering.Checked(), new { issuer }), t));

    private static string Ratio(decimal ratio) => ratio.ToString(CultureInfo.InvariantCulture);

    private static void Check(Columns settings)
    {
        var kind = new NumberingSettings
        {
            VolunteerPrefix = settings.VolunteerNoPrefix, CertificateFormat = settings.CertificateNumberFormat, ProofFormat = settings.ProofNumberFormat,
        }.FirstInvalid();
        if (kind is NumberKind.Certificate or NumberKind.ServiceProof)
            throw DomainException.Invalid(kind == NumberKind.Certificate ? "certificateNumberFormat" : "proofNumberFormat",
                Text.T("编号格式须含 {0}（年份）和 {1}（序号），如 扶欢社教〔{0}〕第{1:000}号",
                    "A number format must contain {0} (the year) and {1} (the sequence), e.g. 扶欢社教〔{0}〕第{1:000}号"));
    }

    /// <summary>Codes, names, prefixes and number formats are the district's: two towns sharing one would share numbers.</summary>
    private static void EnsureFree(DbConnection c, DbTransaction t, Columns settings, long? exceptId) =>
        EnsureFree(c, t, settings.Code, settings.Name, settings.VolunteerNoPrefix, settings.CertificateNumberFormat, settings.ProofNumberFormat, exceptId);

    internal static void EnsureFree(DbConnection c, DbTransaction t, string code, string name, string volunteerNoPrefix,
        string certificateNumberFormat, string proofNumberFormat, long? exceptId)
    {
        foreach (var (column, field, value, label) in new[]
                 {
                     ("code", "code", code, Text.T("编码", "code")),
                     ("name", "name", name, Text.T("名称", "name")),
                     ("volunteer_no_prefix", "volunteerNoPrefix", volunteerNoPrefix, Text.T("志愿者编号前缀", "volunteer-number prefix")),
                     ("certificate_number_format", "certificateNumberFormat", certificateNumberFormat, Text.T("证书编号格式", "certificate number format")),
                     ("proof_number_format", "proofNumberFormat", proofNumberFormat, Text.T("证明编号格式", "proof number format")),
                 })
        {
            var taken = c.ExecuteScalar<long?>($"SELECT id FROM towns WHERE {column} = @value", new { value }, t);
            if (taken is not null && taken != exceptId)
                throw DomainException.Conflict(Text.T($"另一个镇（街道）已使用此{label}：{value}", $"Another town already uses this {label}: {value}"), field);
        }
    }

    private sealed record Columns(string Code, string Name, long ResidentPopulation, string TargetRatio, string VolunteerNoPrefix,
        string Issuer, string CertificateNumberFormat, string ProofNumberFormat, DateTimeOffset Now)
    {
        public object Detail => new { Code, Name, ResidentPopulation, TargetRatio, VolunteerNoPrefix, Issuer, CertificateNumberFormat, ProofNumberFormat };
    }
}
