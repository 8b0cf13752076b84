/**
 * React hook: the text index of the rendered article (dom-ranges.ts), made when first needed
 * and made again when its text nodes changed. Whatever splits or joins the article's text
 * nodes without React (the search's mark.js marks) announces it with TEXT_NODES_CHANGED.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnchorText } from './anchor-text';
import { indexArticle, isIndexCurrent, TEXT_NODES_CHANGED, type ArticleTextIndex } from './dom-ranges';

/**
 * A getter for the article's current text index. It changes identity when the index had to be
 * dropped, so effects that paint with it run again.
 */
export function useArticleTextIndex(article: HTMLElement, anchorText: AnchorText): () => ArticleTextIndex {
  // The ranges of an index made before the text nodes changed would point into shortened
  // nodes, and a paint with them would be lost.
  const indexRef = useRef<ArticleTextIndex | undefined>(undefined);
  const [textNodesVersion, setTextNodesVersion] = useState(0);
  useEffect(() => {
    function onTextNodesChanged() {
      indexRef.current = undefined;
      setTextNodesVersion((version) => version + 1);
    }
    window.addEventListener(TEXT_NODES_CHANGED, onTextNodesChanged);
    return () => window.removeEventListener(TEXT_NODES_CHANGED, onTextNodesChanged);
  }, []);
  return useCallback((): ArticleTextIndex => {
    const current = indexRef.current;
    if (current && current.article === article && current.anchorText === anchorText && isIndexCurrent(current)) return current;
    const fresh = indexArticle(article, anchorText);
    if (fresh.mismatched.length > 0) console.warn('Blokken zonder betrouwbare tekstposities:', fresh.mismatched);
    indexRef.current = fresh;
    return fresh;
    // textNodesVersion is not read: a new getter after the nodes changed makes the paint run again.
  }, [article, anchorText, textNodesVersion]);
}
