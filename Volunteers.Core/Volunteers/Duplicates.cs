using System.Data.Common;
using Dapper;
using Volunteers.Core.Data;
using Volunteers.Core.Common;

namespace Volunteers.Core.Volunteers;

/// <summary>One mobile and one ID number per volunteer who has not withdrawn: checked first for a clear answer, and enforced by the unique indexes for the race.</summary>
public static class Duplicates
{
    public static void EnsureFree(DbConnection c, DbTransaction t, VolunteerRecord record, long? exceptId)
    {
        if (Find(c, t, record, exceptId) is { } clash) throw Conflict(clash.Field);
    }

    /// <returns>The field that matches a volunteer who has not withdrawn (mobile first), and that volunteer's number.</returns>
    public static Clash? Find(DbConnection c, DbTransaction t, VolunteerRecord record, long? exceptId) =>
        c.QueryFirstOrDefault<Clash>("""
            SELECT CASE WHEN mobile = @Mobile THEN 'mobile' ELSE 'idNumber' END AS field, volunteer_no, learning_point_id
            FROM volunteers
            WHERE status <> 'withdrawn' AND id IS DISTINCT FROM @exceptId AND (mobile = @Mobile OR id_number_hash = @IdNumberHash)
            ORDER BY 1 DESC
            """, new { record.Mobile, record.IdNumberHash, exceptId }, t);

    public static T Guard<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e, out var constraint))
        {
            // SQLite names the columns (volunteers.mobile), PostgreSQL the index (ux_volunteers_id_hash_live).
            if (constraint.Contains("mobile", StringComparison.Ordinal)) throw Conflict("mobile");
            if (constraint.Contains("id_number_hash", StringComparison.Ordinal) || constraint.Contains("id_hash", StringComparison.Ordinal)) throw Conflict("idNumber");
            throw;
        }
    }

    public static DomainException Conflict(string field) => field == "mobile"
        ? DomainException.Conflict(Text.T("该手机号码已登记为志愿者", "This mobile number is already registered to a volunteer"), "mobile")
        : DomainException.Conflict(Text.T("该身份证号码已登记为志愿者", "This ID number is already registered to a volunteer"), "idNumber");

    public sealed class Clash
    {
        public string Field { get; init; } = "";
        public string VolunteerNo { get; init; } = "";
        public long LearningPointId { get; init; }
    }
}
