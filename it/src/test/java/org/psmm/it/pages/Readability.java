package org.psmm.it.pages;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What makes a page unreadable, measured in the browser's DOM (issue 15 item 1): a visible
 * column narrower than its header's text on one line, a header whose content overflows, a
 * button whose label is clipped (by itself or by an ancestor that hides overflow), and text cut
 * with an ellipsis and no tooltip to read it whole. Returns one line per problem, empty when none.
 */
public final class Readability {

    private static final String SCRIPT = """
            const problems = [];
            const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const label = e => (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + [...e.classList].slice(0, 3).join('.'));
            const ctx = document.createElement('canvas').getContext('2d');
            const textWidth = (e, text) => { const s = getComputedStyle(e); ctx.font = s.font; return ctx.measureText(text).width; };
            const px = v => parseFloat(v) || 0;
            for (const th of document.querySelectorAll('th')) {
              if (!shown(th) || th.closest('.ui-dialog')) continue;
              const title = th.querySelector('.ui-column-title') || th;
              const text = (title.innerText || '').trim().replace(/\\s+/g, ' ');
              if (!text) continue;
              const s = getComputedStyle(th);
              const available = th.clientWidth - px(s.paddingLeft) - px(s.paddingRight);
              const needed = textWidth(title, text);
              if (needed > available + 1) {
                problems.push('column "' + text + '" is ' + Math.round(available) + ' px wide, its header needs ' + Math.round(needed));
              } else if (th.scrollWidth > th.clientWidth + 1) {
                problems.push('header "' + text + '" overflows its column (' + th.scrollWidth + ' > ' + th.clientWidth + ')');
              }
            }
            for (const b of document.querySelectorAll('.ui-button, button')) {
              if (!shown(b) || b.closest('.ui-dialog') || b.classList.contains('ui-button-icon-only')) continue;
              const text = (b.innerText || '').trim();
              if (!text) continue;
              const l = b.querySelector('.ui-button-text') || b;
              if (l.scrollWidth > l.clientWidth + 1 || b.scrollWidth > b.clientWidth + 1) {
                problems.push('button "' + text + '" is clipped (' + l.scrollWidth + ' > ' + l.clientWidth + ')');
                continue;
              }
              const r = b.getBoundingClientRect();
              for (let a = b.parentElement; a && a !== document.body; a = a.parentElement) {
                const o = getComputedStyle(a);
                if (o.overflowX === 'hidden' || o.overflowX === 'clip') {
                  const ar = a.getBoundingClientRect();
                  if (r.right > ar.right + 1 || r.left < ar.left - 1) {
                    problems.push('button "' + text + '" is cut by ' + label(a));
                    break;
                  }
                }
              }
            }
            for (const e of document.querySelectorAll('main *')) {
              if (e.children.length > 0 || !shown(e) || e.closest('.ui-dialog')) continue;
              const s = getComputedStyle(e);
              if (s.textOverflow !== 'ellipsis' || e.scrollWidth <= e.clientWidth + 1) continue;
              if (!e.closest('[title]')) {
                problems.push('"' + (e.innerText || '').trim().slice(0, 40) + '" is cut without a tooltip (' + label(e) + ')');
              }
            }
            return problems;
            """;

    private Readability() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> problems(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(SCRIPT);
    }
}
