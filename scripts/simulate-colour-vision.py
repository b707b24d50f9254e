#!/usr/bin/env python3
"""Greyscale (top) and deuteranopia (bottom) of each PNG given, as NAME-grey-deut.png
beside it, so a person can check that lines and keys read without colour.
Deuteranopia: Machado, Oliveira and Fernandes (2009), severity 1, in linear RGB.
Needs numpy and pillow (pip install pillow)."""
import sys
from PIL import Image
import numpy as np
D = np.array([[0.367322, 0.860646, -0.227968],
              [0.280085, 0.672501, 0.047413],
              [-0.011820, 0.042940, 0.968881]])
def lin(c): return np.where(c <= 0.04045, c/12.92, ((c+0.055)/1.055)**2.4)
def srgb(c): return np.where(c <= 0.0031308, 12.92*c, 1.055*np.power(np.clip(c,0,1),1/2.4)-0.055)
for path in sys.argv[1:]:
    im = Image.open(path).convert('RGB')
    a = np.asarray(im).astype(float)/255
    l = lin(a)
    d = np.clip(l @ D.T, 0, 1)
    out = (srgb(d)*255).round().astype(np.uint8)
    base = path.rsplit('.', 1)[0]
    g = Image.open(path).convert('L')
    w, h = im.size
    both = Image.new('RGB', (w, h*2), 'white')
    both.paste(g.convert('RGB'), (0,0)); both.paste(Image.fromarray(out), (0,h))
    both.save(f'{base}-grey-deut.png')
    print(f'{base}-grey-deut.png')
