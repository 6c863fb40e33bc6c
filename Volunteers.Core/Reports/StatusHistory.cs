using System.Data.Common;
using Dapper;

namespace Volunteers.Core.Reports;

/// <summary>
/// A town's volunteers and their status changes, read once, so the active count at any past instant is worked out here:
/// a status then is the one the last change before it set, or — with no change before it — the one the first later
/// change left, or the status the volunteer has now. (Instants are ISO-8601 UTC text, which sorts as time does.)
/// </summary>
internal sealed class StatusHistory
{
    private readonly List<(long Id, string Status, string CreatedAt)> _volunteers;
    private readonly Dictionary<long, List<(string From, string To, string At)>> _changes;

    private StatusHistory(List<(long, string, string)> volunteers, Dictionary<long, List<(string, string, string)>> changes) =>
        (_volunteers, _changes) = (volunteers, changes);

    public static StatusHistory Of(DbConnection c, long town)
    {
        var volunteers = c.Query<(long, string, string)>("""
            SELECT v.id, v.status, v.created_at FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town
            """, new { town }).ToList();
        var changes = c.Query<(long VolunteerId, string From, string To, string At)>("""
            SELECT s.volunteer_id, s.from_status, s.to_status, s.changed_at
            FROM volunteer_status_changes s JOIN volunteers v ON v.id = s.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
            WHERE p.town_id = @town ORDER BY s.volunteer_id, s.changed_at, s.id
            """, new { town }).GroupBy(x => x.VolunteerId).ToDictionary(g => g.Key, g => g.Select(x => (x.From, x.To, x.At)).ToList());
        return new StatusHistory(volunteers, changes);
    }

    public int ActiveAt(string instant) => _volunteers.Count(v => string.CompareOrdinal(v.CreatedAt, instant) < 0 && StatusAt(v.Id, v.Status, instant) == "active");

    private string StatusAt(long id, string now, string instant)
    {
        if (!_changes.TryGetValue(id, out var changes)) return now;
        var before = changes.FindLastIndex(x => string.CompareOrdinal(x.At, instant) < 0);
        return before >= 0 ? changes[before].To : changes[0].From;
    }
}
