namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): what "shown in one output only" means (a heading or an include with
// shownIn: ContentTarget.Slides or ContentTarget.Notes; lamd's \slides{\subsection{…}}, \notes{\include{…}}),
// written once for the run time, the analyzer and the generator.

/// <summary>
/// lamd's <c>\slides{}</c> and <c>\notes{}</c> drop the other output's text before pandoc runs, so a heading
/// or an included part inside one of them exists in that output only: <c>\notes{\subsection{T}}</c> is a notes
/// heading with no slide break, <c>\slides{\subsection{T}}</c> a slide with no notes heading. Nested, the
/// outputs intersect: an include shown in the notes that holds a slides-only heading shows it nowhere.
/// </summary>
internal static class OneOutput
{
    /// <summary>Where something shown in <paramref name="inner"/> shows inside a scope shown in <paramref name="outer"/>; false when nowhere.</summary>
    public static bool TryIntersect(ContentTarget outer, ContentTarget inner, out ContentTarget shownIn)
    {
        shownIn = outer == ContentTarget.Both ? inner : inner == ContentTarget.Both ? outer : inner;
        return outer == ContentTarget.Both || inner == ContentTarget.Both || inner == outer;
    }

    /// <summary>Where content written for <paramref name="target"/> shows inside a scope shown in <paramref name="scope"/>;
    /// false when nowhere. Speaker notes belong to the slides.</summary>
    public static bool TryRestrict(ContentTarget scope, ContentTarget target, out ContentTarget restricted)
    {
        restricted = target == ContentTarget.Both && scope != ContentTarget.Both ? scope : target;
        return scope switch
        {
            ContentTarget.Slides => target != ContentTarget.Notes,
            ContentTarget.Notes => target is ContentTarget.Both or ContentTarget.Notes,
            _ => true,
        };
    }

    /// <summary>
    /// A rule item as it counts inside a scope shown in <paramref name="scope"/> only: a heading keeps the one output it
    /// shows in (its <see cref="RuleItem.Target"/>), content its target within the scope; null when it shows nowhere.
    /// Includes, the closing sections and computed calls are kept as they are.
    /// </summary>
    public static RuleItem? Restrict(RuleItem item, ContentTarget scope)
    {
        if (scope == ContentTarget.Both)
        {
            return item;
        }

        return item.Kind switch
        {
            RuleItemKind.Heading => TryIntersect(scope, item.Target, out var shownIn) ? item.WithTarget(shownIn) : null,
            RuleItemKind.Content => TryRestrict(scope, item.Target, out var target) ? item.WithTarget(target) : null,
            _ => item,
        };
    }
}
