import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// happy-dom's Web Animations reject with AbortError when a Fluent dialog unmounts mid-animation.
// Without element.animate, Fluent's motion takes its documented no-animation path (as in jsdom).
delete (Element.prototype as { animate?: unknown }).animate;

afterEach(() => cleanup());
