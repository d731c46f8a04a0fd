using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Helpers;

/// <summary>
/// Names the <c>Sections</c> constants: each heading's title in PascalCase (<c>Accelerate-Spark
/// information session</c> → <c>AccelerateSparkInformationSession</c>), a repeated name numbered
/// (<c>Welcome</c>, <c>Welcome2</c>) in document order, so the names are stable and never collide.
/// </summary>
internal static class SectionNames
{
    /// <summary>The constants for every heading whose anchor is known at compile time.</summary>
    public static EquatableArray<SectionConstant> Assign(IReadOnlyList<HeadingAnchor> anchors)
    {
        // A member may not share its enclosing type's name.
        var used = new HashSet<string>(StringComparer.Ordinal) { "Sections" };
        var constants = new List<SectionConstant>();
        foreach (var heading in anchors)
        {
            if (heading.Anchor is null || heading.Title is null)
            {
                // A dynamic title hides this anchor and every later one (de-duplication depends on order).
                break;
            }

            var name = PascalCase(heading.Title);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + n.ToString(CultureInfo.InvariantCulture);
            }

            constants.Add(new SectionConstant(unique, heading.Level, heading.Title, heading.Anchor));
        }

        return constants.ToEquatableArray();
    }

    public static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (c is '\'' or '\u2019')
            {
                // "What's new" reads as WhatsNew, not WhatSNew.
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0)
        {
            return "Heading";
        }

        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }
}
